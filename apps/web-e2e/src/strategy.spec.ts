import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, logIn } from './support/session';

const suffix = Date.now().toString(36);

test.describe('strategy versions', () => {
  test.describe.configure({ timeout: 90_000 });

  test('anyone reads the current strategy and sees that the 2016 text is not recorded', async ({ page }) => {
    await page.goto('/fokusomraden');
    await page.getByRole('link', { name: 'Läs strategin och dess tidigare versioner' }).click();
    await expect(page).toHaveURL('/strategi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategin och dess versioner');
    await expect(page.getByRole('link', { name: 'Finspångsmanifestet', exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'the strategy versions list');

    await page.getByRole('link', { name: 'Svenska Industrikommuners åtgärdsstrategi för att stärka svensk industri' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Vision' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'En grön omställning' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Fossilfri el måste prioriteras för att klara klimatmålen.' })).toBeVisible();
    await expectNoAxeViolations(page, 'the current strategy');

    await page.getByRole('link', { name: 'Alla versioner' }).click();
    await page.getByRole('link', { name: 'Finspångsmanifestet', exact: true }).click();
    await expect(page.getByRole('note')).toContainText('Texten till den här versionen finns inte registrerad i Samverkan.');
    await expectNoAxeViolations(page, 'an old version without text');
  });

  test('the committee drafts a new version, edits a position and sends the draft out for consultation', async ({ page }) => {
    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.goto('/strategi');
    await expect(page.getByRole('heading', { level: 2, name: 'Nytt utkast' })).toBeVisible();
    await page.getByLabel('Beteckning, t.ex. 2028').fill(`e2e-${suffix}`);
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Redigera utkastet' })).toBeVisible();
    await expect(page.locator('[data-status]')).toHaveText('Utkast');
    await expectNoAxeViolations(page, 'a draft with its editor');

    const first = page.getByLabel('En infrastruktur i alla dimensioner: ståndpunkt 1');
    await first.fill('Elnäten i industrikommunerna måste byggas ut före 2030.');
    await page.getByRole('button', { name: 'Lägg till ståndpunkt i En grön omställning' }).click();
    await page.getByLabel(/^En grön omställning: ståndpunkt 5$/).fill('Vätgas ska ha en plats i energisystemet.');
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Utkastet är sparat.' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Vätgas ska ha en plats i energisystemet.' }).first()).toBeVisible();
    await expectNoAxeViolations(page, 'a saved draft');

    await page.getByRole('button', { name: 'Skicka på remiss' }).click();
    await expect(page.locator('[data-status]')).toHaveText('På remiss');
    await expect(page.getByRole('heading', { name: 'Redigera utkastet' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ta tillbaka till utkast' })).toBeVisible();
    await expectNoAxeViolations(page, 'a version in consultation');
  });
});
