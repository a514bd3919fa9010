import { expect, test, type APIRequestContext } from '@playwright/test';
import type { ConferenceResponse, CreateConferenceRequest } from '@samverkan/conferences/contract';
import type { CreateRegistrationRequest, RegistrationCreatedResponse, RegistrationResponse } from '@samverkan/registrations/contract';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, logIn } from './support/session';

// Unique per run, so the journey also passes against a database that has seen it before.
const suffix = Date.now().toString(36);
const nextYear = new Date().getFullYear() + 1;

async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const response = await request.post('/api/auth/login', { data: { email: DEMO_ACCOUNTS.admin.email, password: DEMO_PASSWORD } });
  expect(response.status()).toBe(200);
  return { Authorization: `Bearer ${((await response.json()) as { accessToken: string }).accessToken}` };
}

async function doorConference(request: APIRequestContext): Promise<ConferenceResponse> {
  const headers = await adminHeaders(request);
  const created = await request.post('/api/conferences', {
    headers,
    data: {
      titleSv: `Dörrkonferens ${suffix}`,
      startsAt: `${nextYear}-10-06T09:00:00+02:00`,
      endsAt: `${nextYear}-10-06T16:00:00+02:00`,
      capacity: 2,
      focusAreaCodes: ['skills'],
    } satisfies CreateConferenceRequest,
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as ConferenceResponse;
  const published = await request.post(`/api/conferences/${id}/publish`, { headers });
  expect(published.status()).toBe(200);
  return (await published.json()) as ConferenceResponse;
}

async function register(request: APIRequestContext, conferenceId: string, firstName: string): Promise<RegistrationCreatedResponse> {
  const body: CreateRegistrationRequest = {
    firstName,
    lastName: `Dörrsson${suffix}`,
    email: `${firstName.toLowerCase()}.${suffix}@example.se`,
    organisationName: 'Sandvikens kommun',
    organisationType: 'municipality',
    consent: true,
    healthDataConsent: true,
    dietaryNeeds: 'Vegetarisk',
  };
  const response = await request.post(`/api/conferences/${conferenceId}/registrations`, { data: body });
  expect(response.status()).toBe(201);
  return (await response.json()) as RegistrationCreatedResponse;
}

test.describe('check-in at the door, on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('checks people in by name and by typed code; a second check-in says already checked in', async ({ page, request }) => {
    const conference = await doorConference(request);
    const anna = await register(request, conference.id, 'Anna');
    const bo = await register(request, conference.id, 'Bo');
    await register(request, conference.id, 'Gun');
    // A confirmed person's check-in code, as their manage page has it.
    const manage = await request.get(`/api/registrations/${bo.manageToken}`);
    const boCode = ((await manage.json()) as RegistrationResponse).checkInCode as string;
    expect(boCode).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(anna.status).toBe('confirmed');

    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.goto(`/arbetsutskottet/konferenser/${conference.id}`);
    await page.getByRole('link', { name: 'Incheckning' }).click();
    await expect(page).toHaveURL(`/arbetsutskottet/konferenser/${conference.id}/incheckning`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Dörrkonferens ${suffix}`);
    const count = page.locator('.sv-check-in__count');
    await expect(count).toHaveText('0 av 2 incheckade');
    await expect(page.getByRole('button', { name: 'Starta kameran' })).toBeVisible();
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, 'the check-in page');

    // By name: the waitlisted person is found but cannot be checked in.
    await page.getByLabel('Namn eller organisation').fill(`Dörrsson${suffix}`);
    await expect(page.locator('.sv-check-in__found')).toHaveText('3 träffar');
    await expect(page.locator('.sv-hit', { hasText: 'Gun' })).toContainText('Står på reservlistan');
    await expect(page.locator('.sv-hit', { hasText: 'Gun' }).getByRole('button')).toHaveCount(0);
    await page.getByRole('button', { name: `Checka in Anna Dörrsson${suffix}` }).click();
    const card = page.locator('.sv-result');
    await expect(card.locator('.sv-result__headline')).toHaveText(/^Incheckad \d{2}:\d{2}$/);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(`Anna Dörrsson${suffix}`);
    await expect(card).toContainText('Vegetarisk');
    await expect(count).toHaveText('1 av 2 incheckade');
    await expect(page.locator('.sv-hit', { hasText: 'Anna' })).toContainText(/Incheckad \d{2}:\d{2}/);
    await expectNoAxeViolations(page, 'a check-in by name');

    // By code, typed as a handheld scanner does (the code and Enter).
    const codeField = page.getByLabel('Incheckningskod');
    await codeField.fill(boCode);
    await codeField.press('Enter');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(`Bo Dörrsson${suffix}`);
    await expect(card.locator('.sv-result__headline')).toHaveText(/^Incheckad \d{2}:\d{2}$/);
    await expect(count).toHaveText('2 av 2 incheckade');
    await expect(codeField).toHaveValue('');
    await expect(codeField).toBeFocused();

    // The same code again: already checked in, when and by whom.
    await codeField.fill(boCode);
    await codeField.press('Enter');
    await expect(card.locator('.sv-result__headline')).toHaveText(/^Redan incheckad \d{2}:\d{2} av Ulla Utskott$/);
    await expect(count).toHaveText('2 av 2 incheckade');
    await expectNoAxeViolations(page, 'already checked in');

    // An unknown code: refused in plain words.
    await codeField.fill('A'.repeat(43));
    await codeField.press('Enter');
    await expect(page.locator('.sv-result--refused')).toContainText('Koden hör inte till någon anmälan');
    await expectNoAxeViolations(page, 'an unknown code');
  });
});
