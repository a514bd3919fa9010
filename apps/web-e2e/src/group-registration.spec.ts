import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import type { ConferenceResponse, CreateConferenceRequest } from '@samverkan/conferences/contract';
import type { ConferenceFeesRequest, QuestionInput } from '@samverkan/registrations/contract';
import { expectNoAxeViolations } from './support/axe';
import { authHeaders, expectNoHorizontalScroll } from './support/agenda';
import { untilHydrated } from './support/hydration';
import { DEMO_ACCOUNTS } from './support/session';

// Unique per run, so the journey also passes against a database that has seen it before.
const suffix = Date.now().toString(36);
const nextYear = new Date().getFullYear() + 1;
const TITLE = `Gruppkonferensen ${suffix}`;

/**
 * Staff's setup through the API: a published conference of three seats, two of them taken, with two
 * required questions and a fee for municipalities that are not members.
 */
async function nearlyFullConference(request: APIRequestContext): Promise<ConferenceResponse> {
  const admin = await authHeaders(request, DEMO_ACCOUNTS.admin.email);
  const created = await request.post('/api/conferences', {
    headers: admin,
    data: {
      titleSv: TITLE,
      startsAt: `${nextYear}-10-20T09:00:00+02:00`,
      endsAt: `${nextYear}-10-20T16:00:00+02:00`,
      capacity: 3,
      focusAreaCodes: ['skills'],
    } satisfies CreateConferenceRequest,
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as ConferenceResponse;
  expect((await request.post(`/api/conferences/${id}/publish`, { headers: admin })).status()).toBe(200);

  const committee = await authHeaders(request, DEMO_ACCOUNTS.committee.email);
  const questions: QuestionInput[] = [
    {
      kind: 'choice',
      labelSv: 'Vilken workshop vill du gå på?',
      required: true,
      options: [{ labelSv: 'Yrkesutbildning nära industrin' }, { labelSv: 'Kompetensväxling och omställning' }],
    },
    { kind: 'yes-no', labelSv: 'Deltar du i middagen?', required: true },
  ];
  const put = await request.put(`/api/conferences/${id}/questions`, { headers: committee, data: questions });
  expect(put.status(), await put.text()).toBe(200);
  const fees: ConferenceFeesRequest = {
    prices: [{ organisationType: 'municipality', member: false, amountOre: 150_000 }],
    lateCancellation: { invoicedAfter: null, noShowInvoiced: true },
  };
  const feeAnswer = await request.put(`/api/conferences/${id}/fees`, { headers: committee, data: fees });
  expect(feeAnswer.status(), await feeAnswer.text()).toBe(200);

  // Two seats go to single registrations from a region (free, so no invoice details).
  for (const who of ['Först', 'Andra']) {
    const registered = await registerSingle(request, id, who);
    expect(registered.status).toBe('confirmed');
  }
  const conference = (await (await request.get(`/api/conferences/${id}`)).json()) as ConferenceResponse;
  expect(conference.seatsLeft).toBe(1);
  return conference;
}

/** A single registration by a free organisation type, answering the conference's required questions. */
async function registerSingle(request: APIRequestContext, conferenceId: string, who: string) {
  const questions = (await (await request.get(`/api/conferences/${conferenceId}/questions`)).json()) as {
    id: string;
    kind: string;
    options: { id: string }[];
  }[];
  const answers = Object.fromEntries(questions.map((q) => [q.id, q.kind === 'yes-no' ? false : q.options[0].id]));
  const response = await request.post(`/api/conferences/${conferenceId}/registrations`, {
    data: {
      firstName: who,
      lastName: 'Testsson',
      email: `${who.toLowerCase()}.${suffix}@region.example.se`,
      organisationName: 'Region Gävleborg',
      organisationType: 'region',
      consent: true,
      answers,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { status: string };
}

const MEMBERS = [
  { first: 'Maria', last: 'Lindqvist', workshop: 'Yrkesutbildning nära industrin', dinner: 'Ja' },
  { first: 'Johan', last: 'Berg', workshop: 'Kompetensväxling och omställning', dinner: 'Nej' },
  { first: 'Aisha', last: 'Haddad', workshop: 'Yrkesutbildning nära industrin', dinner: 'Ja' },
].map((m) => ({ ...m, email: `${m.first.toLowerCase()}.${suffix}@olofstrom.example.se` }));

async function fillMember(member: Locator, m: (typeof MEMBERS)[number]): Promise<void> {
  await member.getByLabel('Förnamn').fill(m.first);
  await member.getByLabel('Efternamn').fill(m.last);
  await member.getByLabel('E-postadress').fill(m.email);
  await member.getByRole('radiogroup', { name: 'Vilken workshop vill du gå på?' }).getByRole('radio', { name: m.workshop }).check();
  await member.getByRole('radiogroup', { name: 'Deltar du i middagen?' }).getByRole('radio', { name: m.dinner, exact: true }).check();
}

test('a coordinator registers a group of three for the last seat: one gets it, two go to the waitlist in list order', async ({
  page,
  request,
}) => {
  const conference = await nearlyFullConference(request);
  // From the conference page, as a coordinator would find it.
  await page.goto(`/konferenser/${conference.id}`);
  await page.getByRole('link', { name: 'Anmäl flera från samma organisation' }).click();
  await expect(page).toHaveURL(`/konferenser/${conference.slug}/gruppanmalan`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Anmäl flera till ${TITLE}`);
  await untilHydrated(page);

  // Sending the empty form marks the fields and moves focus to the first one.
  await page.getByRole('button', { name: 'Anmäl gruppen' }).click();
  const contact = page.getByRole('group', { name: 'Kontaktperson' });
  await expect(contact.getByLabel('Förnamn')).toBeFocused();

  await contact.getByLabel('Förnamn').fill('Karin');
  await contact.getByLabel('Efternamn').fill('Samordnare');
  await contact.getByLabel('E-postadress').fill(`karin.${suffix}@olofstrom.example.se`);
  await page.getByLabel('Organisation', { exact: true }).fill('Olofströms kommun');
  await expect(page.getByLabel('Organisationsnummer')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Typ av organisation' }).selectOption({ label: 'Kommun' });
  // A fee applies to a municipality that is not a member: the invoice details are asked once, for the group.
  await expect(page.getByRole('heading', { name: 'Avgift och faktura' })).toBeVisible();
  await expect(page.locator('.sv-fee')).toContainText(/Att betala\s*1\s875,00\skr/);
  await page.getByLabel('Organisationsnummer').fill('212000-0142');
  await page.getByLabel('Fakturaadress').fill('Olofströms kommun\nBox 302\n293 24 Olofström');
  await page.getByLabel('Fakturareferens').fill('KS-4410');

  await fillMember(page.getByRole('group', { name: 'Deltagare 1' }), MEMBERS[0]);
  for (const [i, m] of MEMBERS.slice(1).entries()) {
    await page.getByRole('button', { name: 'Lägg till deltagare' }).click();
    const member = page.getByRole('group', { name: `Deltagare ${i + 2}` });
    // The new row takes focus, and screen readers hear that it was added.
    await expect(member.getByLabel('Förnamn')).toBeFocused();
    await expect(page.getByTestId('live')).toHaveText(`Ny deltagare tillagd: nummer ${i + 2}.`);
    await fillMember(member, m);
  }
  await expect(page.getByRole('heading', { name: 'Deltagare (3 deltagare)' })).toBeVisible();
  await page.getByRole('checkbox', { name: /Jag har läst hur uppgifterna behandlas/ }).check();
  await expectNoAxeViolations(page, 'the filled-in group registration form');

  await page.getByRole('button', { name: 'Anmäl gruppen' }).click();
  const done = page.getByRole('heading', { level: 1, name: 'Gruppen är anmäld' });
  await expect(done).toBeFocused();
  await expect(page.getByTestId('live')).toHaveText('Gruppen är anmäld. Har fått plats: 1. På reservlistan: 2.');
  await expect(page.getByRole('heading', { name: 'Har fått plats (1)' })).toBeVisible();
  await expect(page.getByTestId('seated').getByRole('listitem')).toHaveText([MEMBERS[0].email]);
  await expect(page.getByRole('heading', { name: 'Står på reservlistan (2)' })).toBeVisible();
  await expect(page.getByTestId('waiting').getByRole('listitem')).toHaveText([
    `${MEMBERS[1].email}, nummer 1`,
    `${MEMBERS[2].email}, nummer 2`,
  ]);
  await expectNoAxeViolations(page, 'the group registration result');

  // The group link shows the same, in the order the members were listed.
  await page.getByRole('link', { name: 'Öppna gruppens sida' }).click();
  await expect(page).toHaveURL(/\/anmalan\/grupp\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gruppen från Olofströms kommun');
  await expect(page.getByRole('heading', { name: 'Deltagare (3)' })).toBeVisible();
  const rows = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Avboka / }) });
  await expect(rows).toHaveCount(3);
  const statuses = ['Har plats', 'Reservlista, nummer 1', 'Reservlista, nummer 2'];
  for (const [i, m] of MEMBERS.entries()) {
    await expect(rows.nth(i)).toContainText(`${m.first} ${m.last}`);
    await expect(rows.nth(i)).toContainText(m.email);
    await expect(rows.nth(i)).toContainText(statuses[i]);
  }
  await expectNoAxeViolations(page, 'the group page');

  // The contact adds a fourth person through the group link; the same questions are asked.
  const fourth = {
    first: 'Erik',
    last: 'Ström',
    workshop: 'Kompetensväxling och omställning',
    dinner: 'Nej',
    email: `erik.${suffix}@olofstrom.example.se`,
  };
  const add = page.getByRole('form', { name: 'Lägg till en deltagare' });
  await add.getByRole('button', { name: 'Lägg till' }).click();
  await expect(add.getByLabel('Förnamn')).toBeFocused();
  await expect(add.getByRole('alert').filter({ hasText: 'Svara på frågan.' })).toHaveCount(2);
  await expectNoAxeViolations(page, 'the group page with the add form refused');
  await fillMember(add, fourth);
  await add.getByRole('button', { name: 'Lägg till' }).click();
  await expect(page.getByRole('note')).toHaveText(/står på reservlistan som nummer 3\.$/);
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(3)).toContainText('Erik Ström');
  await expect(rows.nth(3)).toContainText('Reservlista, nummer 3');

  // On a phone the group page fits the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.getByRole('button', { name: 'Avboka Aisha Haddad' })).toBeVisible();
  await expectNoHorizontalScroll(page, 'the group page at 360 px');
  await expectNoAxeViolations(page, 'the group page at 360 px');

  const after = (await (await request.get(`/api/conferences/${conference.id}`)).json()) as ConferenceResponse;
  expect(after.seatsLeft).toBe(0);
});
