import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, logIn } from './support/session';

// Unique per run, so the journey also passes against a database that has seen it before.
const suffix = Date.now().toString(36);
const year = new Date().getFullYear();
const KEY = `e2e-${suffix}`;
const TITLE = `Sommarmöte ${year - 1} ${suffix}`;
const HEADER = 'record,conference,title,starts_on,ends_on,venue,format,minutes,focus_areas,signups,organisation_type,count';

function historyFile(minutes: string): { name: string; mimeType: string; buffer: Buffer } {
  const lines = [
    HEADER,
    `conference,${KEY},${TITLE},${year - 1}-06-12,${year - 1}-06-13,Sandviken,,,,,,`,
    `session,${KEY},Elnätet och industrin ${suffix},,,,seminar,${minutes},infrastructure,20,,`,
    `session,${KEY},Digitala tvillingar ${suffix},,,,workshop,60,"digitalisation;skills",15,,`,
    `participants,${KEY},,,,,,,,,kommun,40`,
    `participants,${KEY},,,,,,,,,näringsliv,25`,
    `participants,${KEY},,,,,,,,,stat,6`,
  ];
  return { name: `historik-${suffix}.csv`, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n') };
}

test.describe('focus-area coverage', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a committee member imports history, opens the dashboard, filters to the last three years, sees a gap and exports the table', async ({
    page,
  }) => {
    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.getByRole('navigation').getByRole('link', { name: 'Fokusområdenas täckning' }).click();
    await expect(page).toHaveURL('/arbetsutskottet/fokustackning');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fokusområdenas täckning');
    await expect(page.getByRole('table', { name: /Andel av programtiden per fokusområde och konferens/ })).toBeVisible();

    // The import: a dry run with an error shows the line and imports nothing; the fixed file goes in.
    await page.getByRole('link', { name: 'Importera historik' }).click();
    await expect(page).toHaveURL('/arbetsutskottet/fokustackning/import');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Importera konferenshistorik');
    await expectNoAxeViolations(page, 'the history import page');
    const importButton = page.getByRole('button', { name: 'Importera', exact: true });
    await page.getByLabel('Fil (CSV eller XLSX)').setInputFiles(historyFile('lång'));
    await page.getByRole('button', { name: 'Provkör' }).click();
    await expect(page.getByRole('heading', { name: '1 fel: inget har importerats' })).toBeVisible();
    const errorRow = page.getByRole('table', { name: 'Fel per rad' }).getByRole('row').nth(1);
    await expect(errorRow).toContainText('3');
    await expect(errorRow).toContainText('minutes');
    await expect(importButton).toBeDisabled();
    await expectNoAxeViolations(page, 'a dry run with a row error');

    await page.getByLabel('Fil (CSV eller XLSX)').setInputFiles(historyFile('45'));
    await page.getByRole('button', { name: 'Provkör' }).click();
    await expect(page.getByText('Filen har inga fel. Importera för att spara.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Konferenser i filen' })).toContainText(TITLE);
    await expect(importButton).toBeEnabled();
    await importButton.click();
    await expect(page.getByRole('heading', { name: 'Importen är klar' })).toBeVisible();
    await expect(page.getByText('Konferenser: 1 ny, 0 ändrade, 0 oförändrade')).toBeVisible();
    await expectNoAxeViolations(page, 'a finished import');

    // The dashboard, the last three years: the imported conference is there, and a gap is highlighted.
    await page.getByRole('link', { name: 'Till täckningsrapporten' }).click();
    await expect(page).toHaveURL('/arbetsutskottet/fokustackning');
    await page.getByRole('button', { name: 'Senaste tre åren' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${year - 2}–` })).toBeVisible();
    const heatmap = page.getByRole('table', { name: /Andel av programtiden per fokusområde och konferens/ });
    await expect(heatmap.getByRole('columnheader', { name: new RegExp(`Sommarmöte ${year - 1}`) })).toBeVisible();
    const gaps = page.getByRole('region', { name: 'Luckor' });
    await expect(gaps.getByRole('listitem').first()).toBeVisible();
    await expect(heatmap.locator('.sv-heatmap__cell--gap').first()).toBeVisible();
    await expect(heatmap.getByRole('button', { name: /; lucka$/ }).first()).toBeVisible();
    await expectNoAxeViolations(page, 'the dashboard filtered to the last three years');

    // Behind a number: the sessions of the imported conference.
    await heatmap.getByRole('button', { name: new RegExp(`^En infrastruktur i alla dimensioner, Sommarmöte ${year - 1}`) }).click();
    const dialog = page.getByRole('dialog', { name: /Bakom siffrorna: En infrastruktur i alla dimensioner/ });
    await expect(dialog.getByText(`Elnätet och industrin ${suffix}`)).toBeVisible();
    await expectNoAxeViolations(page, 'the items behind a heat-map cell');
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await expect(dialog).toBeHidden();

    // Export the table.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportera CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('fokusomraden-tackning.csv');
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    expect(csv.split('\n')[0]).toContain('År,Konferens,Datum,Källa,Fokusområde');
    expect(csv).toContain(TITLE);
    expect(csv).not.toContain(`${year - 3}-`);
    await expect(page.getByText('Tabellen är sparad som fokusomraden-tackning.csv.')).toBeVisible();
  });

  test('the programme council has no link to the report and is turned away from it', async ({ page }) => {
    await logIn(page, DEMO_ACCOUNTS.council);
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Fokusområdenas täckning' })).toHaveCount(0);
    await page.goto('/arbetsutskottet/fokustackning');
    await expect(page).not.toHaveURL('/arbetsutskottet/fokustackning');
  });
});
