import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { ConferenceResponse, CreateConferenceRequest } from '@samverkan/conferences/contract';
import type { CreateRegistrationRequest, RegistrationCreatedResponse } from '@samverkan/registrations/contract';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, logIn } from './support/session';

// Unique per run, so the journeys also pass against a database that has seen them before.
const suffix = Date.now().toString(36);
const DEMO_CONFERENCE = 'Industrikommunernas vårkonferens';
const nextYear = new Date().getFullYear() + 1;

async function apiToken(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A published conference made through the API, for journeys that need a small one. */
async function publishedConference(request: APIRequestContext, body: Partial<CreateConferenceRequest>): Promise<ConferenceResponse> {
  const headers = { Authorization: `Bearer ${await apiToken(request, DEMO_ACCOUNTS.admin.email)}` };
  const created = await request.post('/api/conferences', {
    headers,
    data: {
      titleSv: `Testkonferens ${suffix}`,
      startsAt: `${nextYear}-09-15T09:00:00+02:00`,
      endsAt: `${nextYear}-09-15T16:00:00+02:00`,
      capacity: 1,
      focusAreaCodes: ['skills'],
      ...body,
    } satisfies CreateConferenceRequest,
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as ConferenceResponse;
  const published = await request.post(`/api/conferences/${id}/publish`, { headers });
  expect(published.status()).toBe(200);
  return (await published.json()) as ConferenceResponse;
}

async function registerThroughApi(request: APIRequestContext, conferenceId: string, who: string): Promise<RegistrationCreatedResponse> {
  const body: CreateRegistrationRequest = {
    firstName: who,
    lastName: 'Testsson',
    email: `${who.toLowerCase()}.${suffix}@example.se`,
    organisationName: 'Sandvikens kommun',
    organisationType: 'municipality',
    consent: true,
  };
  const response = await request.post(`/api/conferences/${conferenceId}/registrations`, { data: body });
  expect(response.status()).toBe(201);
  return (await response.json()) as RegistrationCreatedResponse;
}

async function confirmInDialog(page: Page, title: string, confirm: string, state: string): Promise<void> {
  const dialog = page.getByRole('alertdialog', { name: title });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, state);
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test.describe('conferences and registration', () => {
  test('a new visitor finds the demo conference from the start page, registers, an admin sees the mail, and the visitor cancels through its link', async ({
    page,
    browser,
    request,
  }) => {
    // A whole journey in two browser contexts with a dozen axe scans: more than the default 30 s on a busy machine.
    test.slow();
    const email = `besokare.${suffix}@finspang.se`;

    // Start page → the conference page.
    await page.goto('/');
    const upcoming = page.getByRole('region', { name: 'Kommande konferenser' });
    await expect(upcoming.getByRole('link', { name: DEMO_CONFERENCE })).toBeVisible();
    await expectNoAxeViolations(page, 'the start page with upcoming conferences');
    await upcoming.getByRole('link', { name: 'Alla konferenser' }).click();

    await expect(page).toHaveURL('/konferenser');
    await expect(page).toHaveTitle('Konferenser – Samverkan');
    const card = page.getByRole('article', { name: DEMO_CONFERENCE });
    await expect(card).toContainText('platser kvar');
    await expect(card.getByRole('listitem').first()).toBeVisible(); // focus-area chips
    await expectNoAxeViolations(page, 'the conference list');
    await expect(card.getByRole('link', { name: `Anmäl dig – ${DEMO_CONFERENCE}` })).toBeVisible();
    await card.getByRole('link', { name: DEMO_CONFERENCE, exact: true }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_CONFERENCE);
    await expect(page.getByRole('heading', { name: 'Teman' })).toBeVisible();
    const demo = ((await (await request.get('/api/conferences?when=upcoming')).json()) as ConferenceResponse[]).find(
      (c) => c.titleSv === DEMO_CONFERENCE,
    );
    expect(demo?.themes.length).toBeGreaterThan(0);
    await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveText(demo?.themes.map((t) => t.titleSv) ?? []);
    await expectNoAxeViolations(page, 'the conference page');
    await page.getByRole('main').getByRole('link', { name: 'Anmäl dig', exact: true }).click();

    // The form: what is missing is said next to each field.
    await expect(page).toHaveURL(/\/konferenser\/[^/]+\/anmalan$/);
    const formUrl = page.url();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Anmälan till ${DEMO_CONFERENCE}`);
    await expect(page.getByRole('radio', { name: 'Svenska' })).toBeChecked();
    await expectNoAxeViolations(page, 'the registration form');
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();
    await expect(page.getByLabel('Förnamn')).toBeFocused();
    await expect(page.getByText('Bekräfta att du har läst hur uppgifterna behandlas för att anmäla dig.')).toBeVisible();
    await expectNoAxeViolations(page, 'the registration form with field errors');

    await page.getByRole('button', { name: 'Läs hur uppgifterna behandlas' }).click();
    const terms = page.getByRole('dialog', { name: 'Så behandlas dina uppgifter när du anmäler dig' });
    await expect(terms).toContainText('radera dem');
    await expectNoAxeViolations(page, 'the terms dialog');
    await terms.getByRole('button', { name: 'Stäng' }).click();
    await expect(terms).toBeHidden();

    await page.getByLabel('Förnamn').fill('Vera');
    await page.getByLabel('Efternamn').fill('Besökare');
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Organisation', { exact: true }).fill('Finspångs kommun');
    await page.getByRole('combobox', { name: 'Typ av organisation' }).selectOption({ label: 'Kommun' });
    // The needs are health data: their fields open only with a separate, optional consent.
    await expect(page.getByLabel('Specialkost eller allergier')).toBeDisabled();
    await page
      .getByRole('checkbox', { name: /Jag samtycker till att Svenska Industrikommuner behandlar mina uppgifter om specialkost/ })
      .check();
    await page.getByLabel('Specialkost eller allergier').fill('Vegetariskt');
    await page.getByRole('checkbox', { name: /Jag har läst hur mina uppgifter behandlas/ }).check();
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();

    // The confirmation.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du är anmäld!');
    await expect(page.getByRole('main')).toContainText(`Vi har skickat en bekräftelse med e-post till ${email}`);
    await expect(page.getByRole('link', { name: 'Lägg till i kalendern' })).toHaveAttribute(
      'href',
      /\/api\/calendar\/registrations\/.+\.ics$/,
    );
    const manageHref = await page.getByRole('link', { name: 'Se och ändra din anmälan' }).getAttribute('href');
    expect(manageHref).toMatch(/^\/anmalan\/.+/);
    await expectNoAxeViolations(page, 'the registration confirmation');

    // The same e-mail again is refused next to the e-mail field.
    await page.goto(formUrl);
    await page.getByLabel('Förnamn').fill('Vera');
    await page.getByLabel('Efternamn').fill('Besökare');
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Organisation', { exact: true }).fill('Finspångs kommun');
    await page.getByRole('combobox', { name: 'Typ av organisation' }).selectOption({ label: 'Kommun' });
    await page.getByRole('checkbox', { name: /Jag har läst hur mina uppgifter behandlas/ }).check();
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();
    await expect(page.getByText('Den här e-postadressen är redan anmäld.', { exact: false })).toBeVisible();
    await expect(page.getByLabel('E-postadress')).toBeFocused();

    // An administrator finds the confirmation mail, with the manage link, in the outbox.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await logIn(admin, DEMO_ACCOUNTS.admin);
    await admin.getByRole('main').getByRole('link', { name: 'Utkorg' }).click();
    await expect(admin).toHaveURL('/admin/utkorg');
    // The filter goes to the API (exact address); wait for its answer before opening the mail.
    const filtered = admin.waitForResponse((response) => {
      const url = new URL(response.url());
      return url.pathname === '/api/outbox' && url.searchParams.get('to') === email;
    });
    await admin.getByLabel('Mottagare').fill(email);
    expect((await filtered).status()).toBe(200);
    await expect(admin.getByText('Visar 1 av 1 meddelande, nyaste först.')).toBeVisible();
    const mail = admin.getByRole('group').filter({ hasText: `Bekräftelse: ${DEMO_CONFERENCE}` });
    await expect(mail).toHaveCount(1);
    await expect(mail).toContainText(`Till ${email}`);
    await mail.getByText(`Bekräftelse: ${DEMO_CONFERENCE}`).click();
    const mailLink = mail.getByRole('link', { name: /\/anmalan\// });
    await expect(mailLink).toBeVisible();
    expect(await mailLink.getAttribute('href')).toMatch(new RegExp(`${manageHref}$`));
    await expectNoAxeViolations(admin, 'the outbox with a mail open');
    await adminContext.close();

    // The visitor opens the link from the mail and cancels.
    await page.goto(manageHref as string);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din anmälan');
    await expect(page.getByRole('region', { name: 'Status' })).toContainText('Du har en plats.');
    await expect(page.getByLabel('Specialkost eller allergier')).toHaveValue('Vegetariskt');
    await expectNoAxeViolations(page, 'the manage page');

    // Withdrawing the consent to the needs empties them (after a confirm), also after a reload.
    await page.getByRole('button', { name: 'Återkalla samtycket' }).click();
    await confirmInDialog(page, 'Återkalla samtycket?', 'Återkalla och ta bort', 'the withdraw-consent dialog');
    await expect(page.getByRole('status').filter({ hasText: 'Samtycket är återkallat' })).toBeVisible();
    await expect(page.getByLabel('Specialkost eller allergier')).toHaveValue('');
    await page.reload();
    await expect(page.getByLabel('Specialkost eller allergier')).toHaveValue('');
    await expect(page.getByLabel('Specialkost eller allergier')).toBeDisabled();
    await page.getByRole('button', { name: 'Avboka min plats' }).click();
    await confirmInDialog(page, 'Avboka din plats?', 'Avboka', 'the cancel dialog');
    await expect(page.getByRole('region', { name: 'Status' })).toContainText('Anmälan är avbokad.');
    await expect(page.getByRole('button', { name: 'Avboka min plats' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: DEMO_CONFERENCE })).toBeVisible();
    await expectNoAxeViolations(page, 'the manage page after cancelling');
  });

  test('a waitlisted person gets the seat when the one before cancels', async ({ page, request }) => {
    const conference = await publishedConference(request, { titleSv: `Liten konferens ${suffix}`, capacity: 1 });
    const first = await registerThroughApi(request, conference.id, 'Först');
    const second = await registerThroughApi(request, conference.id, 'Andra');
    expect([first.status, second.status, second.waitlistPosition]).toEqual(['confirmed', 'waitlisted', 1]);

    await page.goto(`/anmalan/${second.manageToken}`);
    const status = page.getByRole('region', { name: 'Status' });
    await expect(status).toContainText('Du står som nummer 1 på reservlistan.');
    await expect(status).toContainText('först till kvarn');
    await expect(page.getByRole('button', { name: 'Lämna reservlistan' })).toBeVisible();
    await expectNoAxeViolations(page, 'the manage page on the waitlist');

    // The conference page says it is full and offers the waitlist.
    await page.goto(`/konferenser/${conference.id}`);
    await expect(page.getByRole('main')).toContainText('Fullbokad – reservlista');
    await expect(page.getByRole('main').getByRole('link', { name: 'Anmäl dig till reservlistan' })).toBeVisible();

    const cancelled = await request.delete(`/api/registrations/${first.manageToken}`);
    expect(cancelled.status()).toBe(200);
    expect(await cancelled.json()).toEqual({ status: 'cancelled' });

    await page.goto(`/anmalan/${second.manageToken}`);
    await expect(status).toContainText('Du har en plats.');
    await expect(page.getByRole('button', { name: 'Avboka min plats' })).toBeVisible();
    await page.goto(`/anmalan/${first.manageToken}`);
    await expect(status).toContainText('Anmälan är avbokad.');
  });

  test('the working committee creates a conference, adds a theme, publishes it, manages the waitlist and exports the attendees', async ({
    page,
    request,
  }) => {
    test.slow();
    const title = `Utskottets konferens ${suffix}`;
    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.getByRole('main').getByRole('link', { name: 'Hantera konferenser och deltagare' }).click();
    await expect(page).toHaveURL('/arbetsutskottet/konferenser');
    await expect(page.getByRole('table')).toContainText(DEMO_CONFERENCE);
    await expectNoAxeViolations(page, 'the staff conference list');

    await page.getByRole('link', { name: 'Ny konferens' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ny konferens');
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await expect(page.getByText('Välj minst ett fokusområde.')).toBeVisible();
    await expectNoAxeViolations(page, 'the new conference form with field errors');

    await page.getByLabel('Titel på svenska').fill(title);
    await page.getByLabel('Lokal').fill('Folkets hus');
    const starts = page.getByRole('group', { name: 'Konferensen börjar' });
    await starts.getByLabel('Datum').fill(`${nextYear}-10-05`);
    await starts.getByLabel('Klockslag').fill('10:00');
    const ends = page.getByRole('group', { name: 'Konferensen slutar' });
    await ends.getByLabel('Datum').fill(`${nextYear}-10-06`);
    await ends.getByLabel('Klockslag').fill('15:00');
    await page.getByLabel('Antal platser').fill('1');
    await page.getByRole('combobox', { name: 'Värdkommun' }).click();
    await page.getByRole('option').nth(1).click();
    await page.getByRole('checkbox', { name: 'Kompetensförsörjning för konkurrenskraft' }).check();
    await page.getByRole('button', { name: 'Skapa utkast' }).click();

    await expect(page).toHaveURL(/\/arbetsutskottet\/konferenser\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('status').filter({ hasText: 'Konferensen är skapad som utkast.' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Konferensen börjar' }).getByLabel('Klockslag')).toHaveValue('10:00');
    const conferenceId = page.url().split('/').pop() as string;

    await page.getByRole('button', { name: 'Nytt tema' }).click();
    const themeDialog = page.getByRole('dialog', { name: 'Nytt tema' });
    await themeDialog.getByLabel('Titel på svenska').fill('Kompetens i industrin');
    await themeDialog.getByRole('checkbox', { name: 'Kompetensförsörjning för konkurrenskraft' }).check();
    await expectNoAxeViolations(page, 'the new theme dialog');
    await themeDialog.getByRole('button', { name: 'Spara' }).click();
    await expect(themeDialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 3, name: 'Kompetens i industrin' })).toBeVisible();

    await page.getByRole('button', { name: 'Publicera' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${title} är publicerad.` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Publicera' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'the published conference in the editor');

    // Three people register; with one seat, two end up on the waitlist.
    for (const who of ['Ada', 'Bo', 'Cecilia']) await registerThroughApi(request, conferenceId, who);

    await page.getByRole('link', { name: 'Deltagare' }).click();
    await expect(page).toHaveURL(`/arbetsutskottet/konferenser/${conferenceId}/deltagare`);
    await expect(page.getByRole('row')).toHaveCount(4);
    const counts = page.getByRole('region', { name: 'Sammanställning' });
    await expect(counts.locator('.sv-counts__item')).toHaveText([
      /Bekräftade\s*1/,
      /Reservlista\s*2/,
      /Avbokade\s*0/,
      /Kommun\s*1/,
      /Näringsliv\s*0/,
      /Region\s*0/,
      /Stat\s*0/,
      /Övrigt\s*0/,
    ]);
    await expectNoAxeViolations(page, 'the attendee list');

    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Reservlista' }).click();
    await expect(page.getByRole('row')).toHaveCount(3);
    const cecilia = page.getByRole('row').filter({ hasText: 'Cecilia Testsson' });
    await expect(cecilia).toContainText('Reservlista nr 2');
    await cecilia.getByRole('button', { name: /Flytta på reservlistan/ }).click();
    const move = page.getByRole('dialog', { name: 'Flytta på reservlistan' });
    await move.getByLabel('Ny plats på reservlistan').fill('1');
    // Once in a few runs the first text typed into the fresh dialog was gone when the form was sent
    // (the field empty, "required" shown); not understood yet, so the step is retried rather than lost.
    await expect(async () => {
      await move.getByLabel('Skäl').fill('kort');
      await expect(move.getByLabel('Skäl')).toHaveValue('kort');
      await move.getByRole('button', { name: 'Flytta' }).click();
      await expect(move.getByText('Ange minst 5 tecken.')).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 15_000 });
    await expectNoAxeViolations(page, 'the move dialog with a field error');
    await move.getByLabel('Skäl').fill('Talare i programmet');
    await move.getByRole('button', { name: 'Flytta' }).click();
    await expect(move).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Cecilia Testsson står nu som nummer 1 på reservlistan.' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Cecilia Testsson' })).toContainText('Reservlista nr 1');

    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Bekräftade' }).click();
    const ada = page.getByRole('row').filter({ hasText: 'Ada Testsson' });
    await ada.getByRole('switch', { name: 'Incheckad: Ada Testsson' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ada Testsson är incheckad.' })).toBeVisible();

    for (const [button, extension] of [
      ['Exportera CSV', '.csv'],
      ['Exportera Excel', '.xlsx'],
    ] as const) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`deltagare-${conferenceId}${extension}`);
      expect(await file.failure()).toBeNull();
      await expect(page.getByRole('status').filter({ hasText: `Filen deltagare-${conferenceId}${extension} är nedladdad.` })).toBeVisible();
    }
  });

  test('a conference that does not exist shows a not-found page, and a visitor cannot reach the staff pages', async ({ page }) => {
    await page.goto('/konferenser/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Konferensen finns inte');
    await expectNoAxeViolations(page, 'the conference not-found page');
    await page.goto('/anmalan/ogiltig-lank');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Länken fungerar inte');
    await page.goto('/arbetsutskottet/konferenser');
    await expect(page).toHaveURL('/logga-in?returnUrl=%2Farbetsutskottet%2Fkonferenser');
  });
});
