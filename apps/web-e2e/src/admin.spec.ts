import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, logIn } from './support/session';

// Unique per run, so the journeys also pass against a database that has seen them before.
const suffix = Date.now().toString(36);

test.describe('administration', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page, DEMO_ACCOUNTS.admin);
  });

  test('the admin creates an organisation, sees it listed, finds it by search and edits it', async ({ page }) => {
    const name = `Testkommun ${suffix}`;
    await page.getByRole('main').getByRole('link', { name: 'Hantera organisationer' }).click();
    await expect(page).toHaveURL('/admin/organisationer');
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page, 'the organisations page');

    await page.getByRole('button', { name: 'Ny organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny organisation' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'the new organisation dialog');

    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog.getByText('Fältet måste fyllas i.')).toBeVisible();
    await expectNoAxeViolations(page, 'the new organisation dialog with a field error');

    await dialog.getByLabel('Namn').fill(name);
    await dialog.getByRole('combobox', { name: 'Typ' }).click();
    await page.getByRole('option', { name: 'Region' }).click();
    await dialog.getByRole('checkbox', { name: 'Medlem i Svenska Industrikommuner' }).check();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: `Organisationen ${name} har skapats.` })).toBeVisible();

    await page.getByLabel('Sök på namn').fill(name);
    const rows = page.getByRole('row').filter({ hasText: name });
    await expect(rows).toHaveCount(1);
    await expect(rows.getByRole('cell')).toHaveText([name, 'Region', 'Ja', 'edit']);
    await expect(page.getByRole('row')).toHaveCount(2); // header + the match

    // Editing the same organisation: a name that is taken is refused next to the field.
    await rows.getByRole('button', { name: `Ändra ${name}` }).click();
    const edit = page.getByRole('dialog', { name: 'Ändra organisation' });
    await expect(edit.getByLabel('Namn')).toHaveValue(name);
    await edit.getByRole('checkbox', { name: 'Medlem i Svenska Industrikommuner' }).uncheck();
    await edit.getByRole('button', { name: 'Spara' }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: name }).getByRole('cell')).toHaveText([name, 'Region', 'Nej', 'edit']);
  });

  test('the admin creates a user who can then log in, and the duplicate e-mail is refused', async ({ page, browser }) => {
    const email = `testare.${suffix}@kommun.se`;
    await page.goto('/admin/anvandare');
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page, 'the users page');

    await page.getByRole('button', { name: 'Ny användare' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny användare' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'the new user dialog');

    await dialog.getByLabel('Namn').fill('Tess Testare');
    await dialog.getByLabel('E-postadress').fill(email);
    await dialog.getByLabel('Lösenord').fill('kort');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog.getByText('Ange minst 12 tecken.')).toBeVisible();
    await expectNoAxeViolations(page, 'the new user dialog with a field error');

    await dialog.getByLabel('Lösenord').fill('ett-langt-testlosenord');
    await dialog.getByRole('checkbox', { name: 'Programrådet' }).check();
    await dialog.getByRole('combobox', { name: 'Organisation' }).click();
    await expectNoAxeViolations(page, 'the new user dialog with the organisation list open');
    await page.getByRole('option').nth(1).click();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Användaren Tess Testare har skapats.' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row.getByRole('cell').nth(2)).toHaveText('Programrådet');
    await expect(row.getByRole('cell').nth(4)).toHaveText('Aktiv');

    // The same e-mail again: the API's conflict is shown next to the e-mail field.
    await page.getByRole('button', { name: 'Ny användare' }).click();
    const again = page.getByRole('dialog', { name: 'Ny användare' });
    await again.getByLabel('Namn').fill('Tess Igen');
    await again.getByLabel('E-postadress').fill(email);
    await again.getByLabel('Lösenord').fill('ett-langt-testlosenord');
    await again.getByRole('button', { name: 'Spara' }).click();
    await expect(again.getByText('Värdet används redan.')).toBeVisible();
    await again.getByRole('button', { name: 'Avbryt' }).click();
    await expect(again).toBeHidden();

    // The new user can log in and lands on the programme council's home.
    const context = await browser.newContext();
    const other = await context.newPage();
    await other.goto('/logga-in');
    await other.getByLabel('E-postadress').fill(email);
    await other.getByLabel('Lösenord').fill('ett-langt-testlosenord');
    await other.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
    await expect(other).toHaveURL('/programradet');
    await context.close();

    // Deactivating the account from the edit dialog.
    await row.getByRole('button', { name: 'Ändra Tess Testare' }).click();
    const edit = page.getByRole('dialog', { name: 'Ändra användare' });
    await expectNoAxeViolations(page, 'the edit user dialog');
    await edit.getByRole('checkbox', { name: /Kontot är aktivt/ }).uncheck();
    await edit.getByRole('button', { name: 'Spara' }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: email }).getByRole('cell').nth(4)).toHaveText('Avstängd');
  });
});
