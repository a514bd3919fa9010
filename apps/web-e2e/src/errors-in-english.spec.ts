import { expect, test, type Page } from '@playwright/test';
import { errorText, isErrorCode, type ApiErrorBody, type ErrorCode } from '@samverkan/shared/contract';
import { publishedConference, registerThroughApi } from './support/agenda';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, logIn } from './support/session';

/**
 * Someone who reads the app in English gets the server's errors in English: the wrong password, a
 * form the server refuses field by field, a second registration with the same address and an edit a
 * server rule refuses. Each answer carries a code whose English text (the shared contract's
 * ERROR_TEXTS) the server wrote and the page shows; a field's fault shows as the field's English text.
 * Where a domain may give an error a code of its own, the check reads the code from the answer.
 */
const SWEDISH_LETTERS = /[åäöÅÄÖ]/;

interface Answer {
  status: number;
  body: ApiErrorBody;
  /** The headers the page sent with the request. */
  sent: Record<string, string>;
}

/**
 * The next answer to a request of the page to `path` (with `method`), read on its way to the page
 * (the browser does not always keep the body of a fetch for the test to read afterwards).
 */
async function nextAnswer(page: Page, path: string, method: string): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    void page.route(
      (url) => url.pathname === path,
      async (route) => {
        if (route.request().method() !== method) return route.fallback();
        try {
          const response = await route.fetch();
          resolve({ status: response.status(), body: (await response.json()) as ApiErrorBody, sent: route.request().headers() });
          await route.fulfill({ response });
        } catch (error) {
          reject(error);
        }
      },
      { times: 1 },
    );
  });
}

/** The body's code, which the shared contract must know (it has the code's texts). */
function knownCode(body: ApiErrorBody): ErrorCode {
  expect(isErrorCode(body.code), `the code ${body.code} has texts in the shared contract`).toBe(true);
  return body.code as ErrorCode;
}

/** An error body with a known code whose `message` is the code's English text (with its parameters). */
function expectEnglish(answer: Answer, status: number): ApiErrorBody {
  const { body } = answer;
  expect(answer.status).toBe(status);
  expect(body.message).toBe(errorText(knownCode(body), 'en', body.params));
  expect(body.message).not.toMatch(SWEDISH_LETTERS);
  return body;
}

async function switchToEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** A Monday and Tuesday next year: a conference that has not happened yet. */
function nextYearDays(): [string, string] {
  const year = new Date().getFullYear() + 1;
  return [`${year}-05-11`, `${year}-05-12`];
}

test.describe('errors in English', () => {
  test.describe.configure({ timeout: 90_000 });
  const suffix = `${Date.now()}`.slice(-6);

  test('a wrong password is refused in English', async ({ page }) => {
    await page.goto('/logga-in');
    await switchToEnglish(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in');
    await page.getByLabel('E-mail address').fill(DEMO_ACCOUNTS.council.email);
    await page.getByLabel('Password').fill('wrong-password');
    const answer = nextAnswer(page, '/api/auth/login', 'POST');
    await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
    const body = expectEnglish(await answer, 401);
    await expect(page.getByRole('alert')).toContainText(body.message);
    await expect(page.getByRole('alert')).not.toContainText(SWEDISH_LETTERS);
    await expect(page).toHaveURL('/logga-in');
    await expectNoAxeViolations(page, 'the login page with an English error');
  });

  test('the registration form: a field the server refuses, then the same address twice', async ({ page, request }) => {
    const conference = await publishedConference(request, `Felkonferens ${suffix}`, nextYearDays());
    const email = `twice-${suffix}@example.se`;
    await registerThroughApi(request, conference.id, 'Vera', email);

    await page.goto(`/konferenser/${conference.id}/anmalan`);
    await switchToEnglish(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Register for Felkonferens ${suffix}`);
    // A right-to-left override in a name can disguise it: the server refuses it, the browser does not.
    await page.getByLabel('First name').fill('Vera\u202Eegaj');
    await page.getByLabel('Last name').fill('Besökare');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Organisation', { exact: true }).fill('Finspångs kommun');
    await page.getByRole('combobox', { name: 'Type of organisation' }).selectOption('municipality');
    await page.getByRole('checkbox', { name: /I have read how my data is handled/ }).check();

    const registrations = `/api/conferences/${conference.id}/registrations`;
    let answer = nextAnswer(page, registrations, 'POST');
    await page.getByRole('button', { name: 'Send registration' }).click();
    const invalid = expectEnglish(await answer, 400);
    expect(invalid.code).toBe('validation.failed');
    expect(invalid.errors).toEqual({ firstName: 'singleLine' });
    await expect(page.getByText('Must not contain line breaks, tabs or other control characters.')).toBeVisible();
    await expect(page.getByLabel('First name')).toBeFocused();
    await expectNoAxeViolations(page, 'the registration form with a field the server refused');

    await page.getByLabel('First name').fill('Vera');
    answer = nextAnswer(page, registrations, 'POST');
    await page.getByRole('button', { name: 'Send registration' }).click();
    const duplicate = expectEnglish(await answer, 409);
    expect(duplicate.errors).toEqual({ email: 'alreadyRegistered' });
    await expect(
      page.getByText('This e-mail address is already registered. Use the link in the confirmation e-mail to see or change the registration.'),
    ).toBeVisible();
    await expect(page.getByLabel('E-mail address')).toBeFocused();
    await expect(page.getByRole('main')).not.toContainText('redan');
    await expectNoAxeViolations(page, 'the registration form with the address already registered');
  });

  test('an edit a server rule refuses: fewer seats than people who have one', async ({ page, request }) => {
    const conference = await publishedConference(request, `Platskonferens ${suffix}`, nextYearDays());
    await registerThroughApi(request, conference.id, 'Ada', `seat-a-${suffix}@example.se`);
    await registerThroughApi(request, conference.id, 'Bo', `seat-b-${suffix}@example.se`);

    await logIn(page, DEMO_ACCOUNTS.committee);
    await switchToEnglish(page);
    await page.goto(`/arbetsutskottet/konferenser/${conference.id}`);
    await expect(page.getByText('2 of 100 seats are booked.')).toBeVisible();
    await page.getByLabel('Number of seats').fill('1');
    const answer = nextAnswer(page, `/api/conferences/${conference.id}`, 'PATCH');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const refused = expectEnglish(await answer, 422);
    expect(refused.errors).toEqual({ capacity: 'belowConfirmed' });
    await expect(page.getByText('More people than that already have a seat.')).toBeVisible();
    await expect(page.getByLabel('Number of seats')).toBeFocused();
    await expectNoAxeViolations(page, 'the conference form with an edit the server refused');

    // Nothing changed.
    await page.reload();
    await expect(page.getByText('2 of 100 seats are booked.')).toBeVisible();
  });
});

test.describe('errors in the page language', () => {
  test.use({ locale: 'en-GB' });

  test('a browser that prefers English, on a page still in Swedish, gets the error in Swedish', async ({ page }) => {
    await page.goto('/logga-in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await page.getByLabel('E-postadress').fill(DEMO_ACCOUNTS.council.email);
    await page.getByLabel('Lösenord').fill('fel-losenord');
    const answer = nextAnswer(page, '/api/auth/login', 'POST');
    await page.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
    const { sent, body } = await answer;
    // The page tells the API its language; the browser's own Accept-Language would say English.
    expect(sent['accept-language']).toBe('sv');
    expect(body.message).not.toBe(errorText(knownCode(body), 'en', body.params));
    expect(body.message).toMatch(SWEDISH_LETTERS);
    await expect(page.getByRole('alert')).toContainText(body.message);
    await expectNoAxeViolations(page, 'the login page with a Swedish error in an English browser');
  });
});
