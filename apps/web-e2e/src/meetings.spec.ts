import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, logIn } from './support/session';

// Unique per run, so the journey also passes against a database that has seen it before.
const MEETING = `Arbetsutskottets extra möte ${Date.now().toString(36)}`;
const DATE = `${new Date().getFullYear() + 1}-11-09`;

const status = (page: Page): Locator => page.getByRole('main').locator('p.sv-status[role="status"]').first();
const participants = (page: Page): Locator => page.locator('section[aria-labelledby="meeting-participants"]');

test.describe('committee meetings', () => {
  test('a committee member changes a meeting after creating it: time, place and who is called', async ({ page }) => {
    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.goto('/arbetsutskottet/moten/nytt');
    // The people come from the committee's own list (committee members may not read the user admin's).
    await expect(page.getByRole('checkbox', { name: 'Ada Administratör' })).toBeChecked();
    await page.getByLabel('Rubrik').fill(MEETING);
    await page.getByLabel('Datum').fill(DATE);
    await page.getByLabel('Börjar').fill('09:00');
    await page.getByLabel('Plats').fill('Folkets hus, Sandviken');
    await page.getByRole('button', { name: 'Skapa möte' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MEETING);
    await expect(participants(page).getByText('Ada Administratör')).toBeVisible();

    await page.getByRole('link', { name: 'Ändra mötet' }).click();
    await expect(page).toHaveURL(/\/arbetsutskottet\/moten\/[0-9a-f-]{36}\/andra$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ändra mötet');
    // The form holds the meeting as it is, in Stockholm time.
    await expect(page.getByLabel('Rubrik')).toHaveValue(MEETING);
    await expect(page.getByLabel('Datum')).toHaveValue(DATE);
    await expect(page.getByLabel('Börjar')).toHaveValue('09:00');
    await expect(page.getByLabel('Plats')).toHaveValue('Folkets hus, Sandviken');
    await expect(page.getByRole('checkbox', { name: 'Ada Administratör' })).toBeChecked();
    await expectNoAxeViolations(page, 'the form changing a meeting');

    await page.getByLabel('Börjar').fill('13:15');
    await page.getByLabel('Slutar').fill('15:00');
    await page.getByLabel('Plats').fill('Stadshuset, Fagersta');
    await page.getByRole('checkbox', { name: 'Ada Administratör' }).uncheck();
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();

    await expect(page).toHaveURL(/\/arbetsutskottet\/moten\/[0-9a-f-]{36}$/);
    await expect(status(page)).toHaveText('Ändringarna är sparade.');
    await expect(page.getByText('Stadshuset, Fagersta')).toBeVisible();
    await expect(page.getByText(/13:15/).first()).toBeVisible();
    await expect(participants(page).getByText('Ada Administratör')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the meeting after the change');

    // The change is kept: the same after a reload.
    await page.reload();
    await expect(page.getByText('Stadshuset, Fagersta')).toBeVisible();
    await expect(participants(page).getByText('Ada Administratör')).toHaveCount(0);
  });
});
