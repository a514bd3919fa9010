import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './support/axe';
import { publishedConference } from './support/agenda';
import { untilHydrated } from './support/hydration';
import { DEMO_ACCOUNTS, logIn } from './support/session';

test('staff set a fee, a person registers with invoice details, staff download the invoice basis', async ({ page, request }) => {
  const conference = await publishedConference(request, `Avgiftskonferensen ${Date.now()}`, ['2031-10-14', '2031-10-15']);
  const email = `kerstin.${Date.now()}@finspang.se`;

  // Staff: the fees page from the staff conference page.
  await logIn(page, DEMO_ACCOUNTS.committee);
  await page.goto(`/arbetsutskottet/konferenser/${conference.id}`);
  await page.getByRole('link', { name: 'Avgifter' }).click();
  await expect(page).toHaveURL(`/arbetsutskottet/konferenser/${conference.id}/avgifter`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avgifter och avbokningsregel');
  const price = page.getByRole('textbox', { name: 'Kommun, icke-medlem' });
  await expect(price).toHaveValue('0');
  await price.fill('1 200');
  await expect(page.getByText('Att betala 1 500,00 kr')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Avbokningar efter en viss tid faktureras' }).check();
  await page.getByLabel('Datum', { exact: true }).fill('2031-10-01');
  await page.getByLabel('Tid', { exact: true }).fill('12:00');
  await expectNoAxeViolations(page, 'the fees page');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Avgifterna är sparade.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Kommun, icke-medlem' })).toHaveValue('1200');

  // The registration form asks for invoice details only once a paying organisation type is chosen.
  await page.goto(`/konferenser/${conference.id}/anmalan`);
  await untilHydrated(page);
  // Sending the empty form moves focus to the first field.
  await page.getByRole('button', { name: 'Skicka anmälan' }).click();
  await expect(page.getByLabel('Förnamn')).toBeFocused();
  await page.getByLabel('Förnamn').fill('Kerstin');
  await page.getByLabel('Efternamn').fill('Ekonom');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Organisation', { exact: true }).fill('Finspångs kommun');
  const type = page.getByRole('combobox', { name: 'Typ av organisation' });
  await expect(page.getByLabel('Organisationsnummer')).toHaveCount(0);
  await type.selectOption({ label: 'Företag' });
  await expect(page.getByRole('heading', { name: 'Avgift och faktura' })).toHaveCount(0);
  await expect(page.getByLabel('Organisationsnummer')).toHaveCount(0);
  await type.selectOption({ label: 'Kommun' });
  await expect(page.getByRole('heading', { name: 'Avgift och faktura' })).toBeVisible();
  const fee = page.locator('.sv-fee');
  await expect(fee).toContainText(/Pris exkl\. moms\s*1\s200,00\skr/);
  await expect(fee).toContainText(/Moms 25 %\s*300,00\skr/);
  await expect(fee).toContainText(/Att betala\s*1\s500,00\skr/);
  await page.getByLabel('Organisationsnummer').fill('212000-0143');
  await page.getByLabel('Fakturaadress').fill('Box 1\n612 80 Finspång');
  await page.getByLabel('Fakturareferens').fill('KS-2031-7');
  await page.getByRole('checkbox', { name: /Jag har läst hur mina uppgifter behandlas/ }).check();
  await page.getByRole('button', { name: 'Skicka anmälan' }).click();
  await expect(page.getByText('Kontrollera organisationsnumret: 10 siffror med rätt kontrollsiffra.')).toBeVisible();
  await expectNoAxeViolations(page, 'the registration form with invoice details');
  await page.getByLabel('Organisationsnummer').fill('212000-0142');
  await page.getByRole('button', { name: 'Skicka anmälan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du är anmäld!');

  // Staff download the invoice basis from the attendee page.
  await page.goto(`/arbetsutskottet/konferenser/${conference.id}/deltagare`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Fakturaunderlag CSV' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe(`fakturaunderlag-${conference.id}.csv`);
  const rows = parse(await readFile((await file.path()) as string, 'utf8'), { bom: true }) as string[][];
  expect(rows[0].slice(0, 4)).toEqual(['Organisation', 'Organisationsnummer', 'Fakturaadress', 'Fakturareferens']);
  expect(rows[1]).toEqual([
    'Finspångs kommun',
    '212000-0142',
    'Box 1, 612 80 Finspång',
    'KS-2031-7',
    '',
    'Kerstin',
    'Ekonom',
    email,
    'Bekräftad',
    '1200.00',
    '300.00',
    '1500.00',
  ]);
  expect(rows[2]).toEqual(['Totalt', '', '', '', '', '', '', '', '', '1200.00', '300.00', '1500.00']);
  await expect(page.getByRole('status').filter({ hasText: `Filen fakturaunderlag-${conference.id}.csv är nedladdad.` })).toBeVisible();
  await expectNoAxeViolations(page, 'the attendee page with the invoice basis buttons');
});
