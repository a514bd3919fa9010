import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { CreateRegistrationRequest, RegistrationCreatedResponse } from '@samverkan/registrations/contract';
import { PDFParse } from 'pdf-parse';
import { agendaAdmin, authHeaders, publishedConference } from './support/agenda';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS } from './support/session';

// Unique per run, so the journey also passes against a database that has seen it before.
const suffix = Date.now().toString(36);
const year = new Date().getFullYear() + 1;
const DAYS: [string, string] = [`${year}-10-06`, `${year}-10-07`];

async function register(request: APIRequestContext, conferenceId: string, body: Partial<CreateRegistrationRequest>) {
  const response = await request.post(`/api/conferences/${conferenceId}/registrations`, {
    data: { organisationType: 'municipality', consent: true, showOnAttendeeList: true, ...body } as CreateRegistrationRequest,
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as RegistrationCreatedResponse;
}

test('a checked-in participant downloads the certificate and opens the attendee list from the manage link', async ({ page, request }) => {
  const title = `Konferensdagen ${suffix}`;
  const conference = await publishedConference(request, title, DAYS);
  const admin = await agendaAdmin(request, conference.id);
  const room = await admin.room('Sal A', 60);
  const workshop = await admin.item({
    titleSv: 'Workshop: Elnätet',
    type: 'workshop',
    startsAt: `${DAYS[0]}T10:00:00+02:00`,
    endsAt: `${DAYS[0]}T11:30:00+02:00`,
    roomId: room.id,
    signupRequired: true,
    signupCapacity: 20,
  });
  await admin.publish();
  const me = await register(request, conference.id, {
    firstName: 'Märta',
    lastName: 'Ångström',
    email: `marta-${suffix}@sandviken.se`,
    organisationName: 'Sandvikens kommun',
  });
  await register(request, conference.id, { firstName: 'Åsa', lastName: 'Öhrn', email: `asa-${suffix}@vasteras.se`, organisationName: 'Västerås stad' });
  expect((await request.post(`/api/registrations/${me.manageToken}/sessions`, { data: { agendaItemId: workshop.id } })).status()).toBe(201);
  // Staff check her in at the door.
  const staff = await authHeaders(request, DEMO_ACCOUNTS.committee.email);
  const checkIn = await request.patch(`/api/conferences/${conference.id}/registrations/${me.id}/check-in`, {
    headers: staff,
    data: { checkedIn: true },
  });
  expect(checkIn.status()).toBe(200);

  await page.goto(`/anmalan/${me.manageToken}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Intyg och deltagarlista' })).toBeVisible();
  const certificateLink = page.getByRole('link', { name: 'Ladda ner intyg (PDF)' });
  await expect(certificateLink).toBeVisible();
  await expectNoAxeViolations(page, 'manage page, checked in');

  const [download] = await Promise.all([page.waitForEvent('download'), certificateLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^intyg-konferensdagen-.*\.pdf$/);
  const pdf = await readFile(await download.path());
  const parser = new PDFParse({ data: pdf });
  const { text } = await parser.getText();
  await parser.destroy();
  for (const part of ['Intyg om deltagande', 'Märta Ångström', 'Sandvikens kommun', title, 'Workshop: Elnätet', 'Svenska Industrikommuner'])
    expect(text).toContain(part);

  await page.getByRole('link', { name: 'Se deltagarlistan' }).click();
  await expect(page).toHaveURL(new RegExp(`/anmalan/${me.manageToken}/deltagare$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Deltagarlista' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'deltagare visas' })).toHaveText('1 deltagare visas');
  await expect(page.getByRole('heading', { level: 2, name: 'Västerås stad (Kommun)' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Åsa Öhrn' })).toBeVisible();
  await expect(page.getByText('Märta Ångström')).toHaveCount(0);
  await expectNoAxeViolations(page, 'attendee directory');

  await page.getByRole('link', { name: 'Tillbaka till din anmälan' }).click();
  await expect(page).toHaveURL(new RegExp(`/anmalan/${me.manageToken}$`));
});
