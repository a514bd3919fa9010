import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { latestPasswordResetPath } from './support/mail';
import { DEMO_PASSWORD } from './support/session';

const EMAIL = 'programrad2@demo.samverkan.se';
const NEW_PASSWORD = 'ett-helt-nytt-losenord-2026';

/** Gives the account its demo password back (other specs log in with it), by the same reset link. */
async function restoreDemoPassword(request: APIRequestContext): Promise<void> {
  const asked = await request.post('/api/auth/password-reset', { data: { email: EMAIL } });
  expect(asked.status()).toBe(202);
  const token = (await latestPasswordResetPath(request, EMAIL)).split('/').pop();
  const confirmed = await request.post('/api/auth/password-reset/confirm', { data: { token, password: DEMO_PASSWORD } });
  expect(confirmed.status()).toBe(204);
}

test.describe('forgot password', () => {
  let passwordChanged = false;

  test.afterEach(async ({ request }) => {
    if (passwordChanged) await restoreDemoPassword(request);
  });

  test('a link by e-mail lets you choose a new password once, and you log in with it', async ({ page, request }) => {
    // From the login page to "forgot password".
    await page.goto('/logga-in');
    await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
    await expect(page).toHaveURL('/glomt-losenord');
    await expect(page).toHaveTitle('Glömt lösenordet – Samverkan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glömt lösenordet?');
    await expectNoAxeViolations(page, 'the forgot-password page');

    await page.getByRole('button', { name: 'Skicka länk' }).click();
    await expect(page.getByText('Fältet måste fyllas i.')).toBeVisible();
    await expect(page.getByLabel('E-postadress')).toBeFocused();
    await expectNoAxeViolations(page, 'the forgot-password page with a field error');

    await page.getByLabel('E-postadress').fill(EMAIL);
    await page.getByRole('button', { name: 'Skicka länk' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kolla din e-post');
    await expect(page.getByRole('status')).toContainText('Om adressen har ett konto hos oss har vi skickat e-post');
    await expect(page.getByRole('main').getByRole('link', { name: 'Tillbaka till inloggningen' })).toBeVisible();
    await expectNoAxeViolations(page, 'the forgot-password confirmation');

    // The mail, read from the demo outbox.
    const resetPath = await latestPasswordResetPath(request, EMAIL);

    await page.goto(resetPath);
    await expect(page).toHaveTitle('Välj nytt lösenord – Samverkan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Välj nytt lösenord');
    await expectNoAxeViolations(page, 'the new-password page');

    await page.getByLabel('Nytt lösenord').fill('kort');
    await page.getByLabel('Upprepa det nya lösenordet').fill('något annat');
    await page.getByRole('button', { name: 'Spara lösenordet' }).click();
    await expect(page.getByText('Ange minst 12 tecken.')).toBeVisible();
    await expect(page.getByText('Lösenorden är inte lika.')).toBeVisible();
    await expect(page.getByLabel('Nytt lösenord')).toBeFocused();
    await expectNoAxeViolations(page, 'the new-password page with field errors');

    await page.getByLabel('Nytt lösenord').fill(NEW_PASSWORD);
    await page.getByLabel('Upprepa det nya lösenordet').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Spara lösenordet' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lösenordet är sparat');
    passwordChanged = true;
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expectNoAxeViolations(page, 'the new-password page after saving');

    // The old password no longer works; the new one does, through the login page.
    const old = await request.post('/api/auth/login', { data: { email: EMAIL, password: DEMO_PASSWORD } });
    expect(old.status()).toBe(401);
    await page.getByRole('main').getByRole('link', { name: 'Logga in' }).click();
    await expect(page).toHaveURL('/logga-in');
    await page.getByLabel('E-postadress').fill(EMAIL);
    await page.getByLabel('Lösenord').fill(NEW_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
    await expect(page).toHaveURL('/programradet');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Programrådet');

    // The same link a second time: used up.
    await page.goto(resetPath);
    await page.getByLabel('Nytt lösenord').fill('ännu-ett-nytt-losenord');
    await page.getByLabel('Upprepa det nya lösenordet').fill('ännu-ett-nytt-losenord');
    await page.getByRole('button', { name: 'Spara lösenordet' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Länken fungerar inte');
    await expect(page.getByRole('alert')).toContainText('Länken är ogiltig, redan använd eller äldre än en timme.');
    await expectNoAxeViolations(page, 'the new-password page with a used link');
    await page.getByRole('main').getByRole('link', { name: 'Be om en ny länk' }).click();
    await expect(page).toHaveURL('/glomt-losenord');
    await expect(page.getByLabel('E-postadress')).toBeVisible();

    // The used link did not change the password.
    const still = await request.post('/api/auth/login', { data: { email: EMAIL, password: NEW_PASSWORD } });
    expect(still.status()).toBe(200);
  });

  test('an address without an account gets the same answer', async ({ page, request }) => {
    await page.goto('/glomt-losenord');
    await page.getByLabel('E-postadress').fill('ingen-alls@example.se');
    await page.getByRole('button', { name: 'Skicka länk' }).click();
    await expect(page.getByRole('status')).toContainText('Om adressen har ett konto hos oss har vi skickat e-post');
    const answer = await request.post('/api/auth/password-reset', { data: { email: 'ingen-alls@example.se' } });
    expect(answer.status()).toBe(202);
  });
});
