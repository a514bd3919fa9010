import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { agendaAdmin, authHeaders, publishedConference, registerThroughApi } from './support/agenda';
import { DEMO_ACCOUNTS, logIn } from './support/session';

const DAY = 86_400_000;

test('a participant of an ended conference answers the evaluation and changes the answer; staff see the results', async ({ page, request }) => {
  const title = `Utvärderingskonferensen ${Date.now()}`;
  const conference = await publishedConference(request, title, ['2031-09-10', '2031-09-11']);
  const agenda = await agendaAdmin(request, conference.id);
  const room = await agenda.room('Sal Utvärdering');
  const item = await agenda.item({
    titleSv: 'Workshop om kompetensförsörjning',
    type: 'workshop',
    startsAt: '2031-09-10T10:00:00+02:00',
    endsAt: '2031-09-10T11:00:00+02:00',
    roomId: room.id,
    signupRequired: true,
    signupCapacity: 20,
  });
  await agenda.publish();
  const registration = await registerThroughApi(request, conference.id, 'Vera', `vera.${Date.now()}@sandviken.se`);
  expect((await request.post(`/api/registrations/${registration.manageToken}/sessions`, { data: { agendaItemId: item.id } })).status()).toBe(201);
  // The conference took place: staff move it into the past.
  const admin = await authHeaders(request, DEMO_ACCOUNTS.admin.email);
  const endsAt = new Date(Date.now() - DAY);
  const moved = await request.patch(`/api/conferences/${conference.id}`, {
    headers: admin,
    data: { startsAt: new Date(endsAt.getTime() - DAY).toISOString(), endsAt: endsAt.toISOString(), registrationOpensAt: null, registrationClosesAt: null },
  });
  expect(moved.status(), await moved.text()).toBe(200);

  // From the manage page to the evaluation.
  await page.goto(`/anmalan/${registration.manageToken}`);
  await page.getByRole('link', { name: 'Svara på utvärderingen' }).click();
  await expect(page).toHaveURL(`/anmalan/${registration.manageToken}/utvardering`);
  await expect(page.getByRole('heading', { level: 1, name: 'Utvärdering' })).toBeVisible();
  await expect(page.getByText('Du kan ändra ditt svar fram till')).toBeVisible();
  await expectNoAxeViolations(page, 'the evaluation form');

  // Saving without the overall answer says what is missing.
  await page.getByRole('button', { name: 'Spara svaret' }).click();
  await expect(page.getByRole('alert')).toContainText('Välj hur nöjd du är med konferensen som helhet.');

  const overall = page.getByRole('radiogroup', { name: 'Hur nöjd är du med konferensen som helhet?' });
  await overall.getByRole('radio', { name: '4 – Ganska nöjd' }).check();
  const session = page.getByRole('radiogroup', { name: /Workshop om kompetensförsörjning/ });
  await session.getByRole('radio', { name: '5 – Mycket nöjd' }).check();
  await page.getByLabel('Vad ska vi behålla till nästa konferens?').fill('Workshopparna i små grupper');
  await page.getByLabel('Vad ska vi ändra?').fill('Längre pauser');
  await page.getByRole('checkbox', { name: /Kompetensförsörjning/ }).check();
  await page.getByRole('button', { name: 'Spara svaret' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ditt svar är sparat' })).toBeVisible();
  await expectNoAxeViolations(page, 'the evaluation saved');

  // Back later: the answer is there and can be changed.
  await page.reload();
  await expect(overall.getByRole('radio', { name: '4 – Ganska nöjd' })).toBeChecked();
  await expect(page.getByLabel('Vad ska vi behålla till nästa konferens?')).toHaveValue('Workshopparna i små grupper');
  await overall.getByRole('radio', { name: '2 – Ganska missnöjd' }).check();
  await page.getByRole('button', { name: 'Spara svaret' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ditt svar är sparat' })).toBeVisible();

  // Staff see the results, without names.
  await logIn(page, DEMO_ACCOUNTS.committee);
  await page.goto(`/arbetsutskottet/konferenser/${conference.id}`);
  await page.getByRole('link', { name: 'Utvärdering' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(page.getByTestId('evaluation-answers')).toHaveText('1 svar av 1 deltagare');
  await expect(page.getByText('Medelvärde: 2 av 5')).toBeVisible();
  await expect(page.getByRole('row', { name: /Workshop om kompetensförsörjning/ })).toContainText('5');
  await expect(page.getByText('Workshopparna i små grupper')).toBeVisible();
  await expect(page.getByText('Längre pauser')).toBeVisible();
  await expect(page.getByText('Vera')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the evaluation results');

  // Staff send the invitation now; the participant gets one mail.
  await page.getByRole('button', { name: 'Skicka inbjudan nu' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 inbjudan skickades.' })).toBeVisible();
});
