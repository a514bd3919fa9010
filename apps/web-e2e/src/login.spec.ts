import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, logIn } from './support/session';

test.describe('logging in', () => {
  test('the login page shows what is missing next to each field', async ({ page }) => {
    await page.goto('/logga-in');
    await expect(page).toHaveTitle('Logga in – Samverkan');
    await expectNoAxeViolations(page, 'the login page');
    await page.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByLabel('E-postadress')).toBeFocused();
    await expect(page.getByText('Fältet måste fyllas i.')).toHaveCount(2);
    await expectNoAxeViolations(page, 'the login page with field errors');
  });

  test('a wrong password shows the error and does not log in', async ({ page }) => {
    await page.goto('/logga-in');
    await page.getByLabel('E-postadress').fill(DEMO_ACCOUNTS.council.email);
    await page.getByLabel('Lösenord').fill('fel-losenord');
    await page.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByRole('alert')).toContainText('Fel e-postadress eller lösenord.');
    await expect(page).toHaveURL('/logga-in');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Logga in' })).toBeVisible();
    await expectNoAxeViolations(page, 'the login page after a wrong password');
  });

  for (const [role, account] of Object.entries(DEMO_ACCOUNTS)) {
    test(`the ${role} demo account lands on its home page`, async ({ page }) => {
      await logIn(page, account);
      await expect(page.getByRole('banner').getByRole('link', { name: 'Logga in' })).toHaveCount(0);
      await expectNoAxeViolations(page, `the ${role} home page`);

      // The session survives a reload (the token is kept for the tab).
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(account.heading);

      // The user menu opens, passes axe, and logs out.
      const userMenu = page.getByRole('banner').getByRole('button', { name: /Användarmeny/ });
      await userMenu.click();
      await expect(userMenu).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('#user-menu')).toContainText(account.email);
      await expectNoAxeViolations(page, `the ${role} home page with the user menu open`);
      await page.getByRole('button', { name: 'Logga ut' }).click();
      await expect(page).toHaveURL('/');
      await expect(page.getByRole('banner').getByRole('link', { name: 'Logga in' })).toBeVisible();

      // The role's home is closed again: back to the login page.
      await page.goto(account.home);
      await expect(page).toHaveURL(/\/logga-in\?returnUrl=/);
    });
  }

  test('a committee member cannot open the admin pages and is sent to their own home', async ({ page }) => {
    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.goto('/admin/anvandare');
    await expect(page).toHaveURL('/arbetsutskottet');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Användare' })).toHaveCount(0);
  });

  test('after logging in from a protected address you come back to it', async ({ page }) => {
    await page.goto('/admin/organisationer');
    await expect(page).toHaveURL('/logga-in?returnUrl=%2Fadmin%2Forganisationer');
    await page.getByLabel('E-postadress').fill(DEMO_ACCOUNTS.admin.email);
    await page.getByLabel('Lösenord').fill('samverkan-demo');
    await page.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
    await expect(page).toHaveURL('/admin/organisationer');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisationer');
  });
});
