import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, logIn } from './support/session';

test.describe("members' engagement", () => {
  test.describe.configure({ timeout: 90_000 });

  test('a committee member sees the members, opens one, exports the list and downloads the annual summary', async ({ page }) => {
    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.getByRole('navigation').getByRole('link', { name: 'Medlemsnytta' }).click();
    await expect(page).toHaveURL('/arbetsutskottet/medlemmar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medlemsnytta');
    const table = page.getByRole('table', { name: 'Medlemsorganisationernas engagemang' });
    const finspang = table.getByRole('row', { name: /Finspångs kommun/ });
    await expect(finspang).toBeVisible();
    // A non-member of the demo register is not listed.
    await expect(table.getByRole('row', { name: /Siemens Energy AB/ })).toHaveCount(0);
    const inactive = page.getByRole('region', { name: 'Inte sedda på två år' });
    await expect(inactive.getByRole('listitem').first().or(inactive.getByText('Alla medlemmar har varit med'))).toBeVisible();
    await expectNoAxeViolations(page, "the members' engagement page");

    // One member in detail.
    await finspang.getByRole('link', { name: 'Finspångs kommun' }).click();
    await expect(page).toHaveURL(/\/arbetsutskottet\/medlemmar\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finspångs kommun');
    await expect(page.getByRole('heading', { name: 'Fokusområden deltagarna tagit del av' })).toBeVisible();
    await expect(page.locator('[data-area]')).toHaveCount(6);
    await expectNoAxeViolations(page, 'a member in detail');
    await page.getByRole('link', { name: 'Alla medlemmar' }).click();
    await expect(page).toHaveURL('/arbetsutskottet/medlemmar');

    // The CSV of the members.
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ladda ned medlemmarna (CSV)' }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe('medlemmar.csv');
    const text = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '');
    expect(text.split('\n')[0]).toContain('Organisation,Typ,Konferenser,Deltagare');
    expect(text).toContain('Finspångs kommun');
    await expect(page.getByText('medlemmar.csv har laddats ned.')).toBeVisible();

    // The annual summary for last year, as a PDF.
    const year = new Date().getFullYear() - 1;
    await page.getByRole('combobox', { name: 'År för sammanställningen' }).click();
    await page.getByRole('option', { name: String(year) }).click();
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: `Årssammanställning ${year} (PDF)` }).click();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toBe(`arssammanstallning-${year}.pdf`);
    expect(readFileSync(await pdf.path()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectNoAxeViolations(page, 'after downloading the annual summary');
  });

  test('the programme council has no link to the page and is turned away from it', async ({ page }) => {
    await logIn(page, DEMO_ACCOUNTS.council);
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Medlemsnytta' })).toHaveCount(0);
    await page.goto('/arbetsutskottet/medlemmar');
    await expect(page).not.toHaveURL('/arbetsutskottet/medlemmar');
  });
});
