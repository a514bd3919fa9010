import { expect, test } from '@playwright/test';
import { agendaAdmin, publishedConference, registerThroughApi } from './support/agenda';
import { expectNoAxeViolations } from './support/axe';
import { mailsTo } from './support/mail';
import { DEMO_ACCOUNTS, logIn } from './support/session';

// Unique per run, so the journey also passes against a database that has seen it before.
const suffix = Date.now().toString(36);
const year = new Date().getFullYear() + 1;
const DAYS: [string, string] = [`${year}-09-15`, `${year}-09-16`];

test('staff preview and send a message to those signed up for a session, and find it in the outbox', async ({ page, request }) => {
  const title = `Utskicksdagen ${suffix}`;
  const conference = await publishedConference(request, title, DAYS);
  const admin = await agendaAdmin(request, conference.id);
  const room = await admin.room('Sal B', 40);
  const visit = await admin.item({
    titleSv: 'Studiebesök: Hamnen',
    type: 'workshop',
    startsAt: `${DAYS[0]}T13:00:00+02:00`,
    endsAt: `${DAYS[0]}T15:00:00+02:00`,
    roomId: room.id,
    signupRequired: true,
    signupCapacity: 30,
  });
  await admin.publish();
  const going = await registerThroughApi(request, conference.id, 'Greta', `greta-${suffix}@gavle.se`);
  const staying = await registerThroughApi(request, conference.id, 'Olof', `olof-${suffix}@gavle.se`);
  expect((await request.post(`/api/registrations/${going.manageToken}/sessions`, { data: { agendaItemId: visit.id } })).status()).toBe(201);

  await logIn(page, DEMO_ACCOUNTS.admin);
  await page.goto(`/arbetsutskottet/konferenser/${conference.id}`);
  await page.getByRole('link', { name: 'Utskick' }).click();
  await expect(page).toHaveURL(`/arbetsutskottet/konferenser/${conference.id}/utskick`);
  await expect(page.getByRole('heading', { level: 1, name: 'Utskick' })).toBeVisible();
  await expect(page.getByText(title).first()).toBeVisible();
  await expect(page.getByText('Inga meddelanden har skickats ännu.')).toBeVisible();

  await page.getByLabel('Ämne (svenska)').fill('Samling vid bussen');
  await page.getByLabel('Text (svenska)').fill('Hej ');
  await page.getByRole('button', { name: 'Lägg in {förnamn}' }).click();
  await page.getByLabel('Text (svenska)').press('End');
  await page.getByLabel('Text (svenska)').pressSequentially('! Bussen går 12.45 från entrén.');
  await expect(page.getByLabel('Text (svenska)')).toHaveValue('Hej {förnamn}! Bussen går 12.45 från entrén.');
  await page.getByRole('combobox', { name: 'Anmäld till programpunkt' }).click();
  await page.getByRole('option', { name: /Studiebesök: Hamnen/ }).click();

  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = page.getByRole('region', { name: 'Förhandsgranskning' });
  await expect(preview.getByRole('status')).toHaveText('1 person får meddelandet.');
  await expect(preview).toContainText('Hej Greta! Bussen går 12.45 från entrén.');
  await expect(preview).not.toContainText('Olof');
  await expectNoAxeViolations(page, 'messages page with a preview');

  // Changing the filter after the preview asks for a new one before sending.
  await page.getByRole('radio', { name: 'Inte incheckade' }).check();
  await expect(preview.getByRole('note')).toContainText('Förhandsgranska igen innan du skickar.');
  await expect(preview.getByRole('button', { name: /Skicka till/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(preview.getByRole('status')).toHaveText('1 person får meddelandet.');

  await preview.getByRole('button', { name: 'Skicka till 1 person' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Skicka meddelandet?' });
  await expect(dialog).toContainText('Meddelandet skickas med e-post till 1 person.');
  await dialog.getByRole('button', { name: 'Skicka' }).click();
  await expect(page.getByText('Meddelandet skickades till 1 person.')).toBeVisible();
  const sent = page.getByRole('table', { name: 'Skickade meddelanden' });
  await expect(sent.getByRole('row').filter({ hasText: 'Samling vid bussen' })).toBeVisible();
  await expectNoAxeViolations(page, 'messages page after sending');

  // Only Greta got it; the admin finds it in the outbox.
  expect((await mailsTo(request, `olof-${suffix}@gavle.se`)).filter((mail) => mail.subject === 'Samling vid bussen')).toEqual([]);
  await page.goto('/admin/utkorg');
  const filtered = page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === '/api/outbox' && url.searchParams.get('to') === `greta-${suffix}@gavle.se`;
  });
  await page.getByLabel('Mottagare').fill(`greta-${suffix}@gavle.se`);
  expect((await filtered).status()).toBe(200);
  const mail = page.getByRole('group').filter({ hasText: 'Samling vid bussen' });
  await expect(mail).toHaveCount(1);
  await mail.getByText('Samling vid bussen').click();
  await expect(mail).toContainText('Hej Greta! Bussen går 12.45 från entrén.');
  await expectNoAxeViolations(page, 'outbox with the message open');

  // Greta sees the message on her own page too; Olof sees none.
  await page.goto(`/anmalan/${going.manageToken}/meddelanden`);
  await expect(page.getByRole('heading', { level: 1, name: 'Meddelanden till dig' })).toBeVisible();
  await expect(page.getByText('Samling vid bussen')).toBeVisible();
  await expectNoAxeViolations(page, 'my messages');
  const olofs = await request.get(`/api/registrations/${staying.manageToken}/messages`);
  expect(olofs.status()).toBe(200);
  expect(await olofs.json()).toEqual([]);
});
