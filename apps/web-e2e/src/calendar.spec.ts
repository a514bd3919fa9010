import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import { agendaAdmin, publishedConference, registerThroughApi } from './support/agenda';
import { expectNoAxeViolations } from './support/axe';

// Unique per run, so the journeys also pass against a database that has seen them before.
const suffix = Date.now().toString(36);
const year = new Date().getFullYear() + 1;
// Two days well away from the change to winter time (and from the agenda journeys' days).
const DAYS: [string, string] = [`${year}-09-15`, `${year}-09-16`];
const at = (day: string, time: string) => `${day}T${time}:00+02:00`;

/** A published conference whose programme has a keynote and a workshop with 20 places. */
async function conferenceWithProgramme(request: APIRequestContext, title: string) {
  const conference = await publishedConference(request, title, DAYS);
  const admin = await agendaAdmin(request, conference.id);
  const room = await admin.room('Sal A', 60);
  const keynote = await admin.item({
    titleSv: 'Inledning',
    type: 'keynote',
    startsAt: at(DAYS[0], '09:00'),
    endsAt: at(DAYS[0], '09:45'),
    roomId: room.id,
  });
  const workshop = await admin.item({
    titleSv: 'Workshop: Kalendrar',
    type: 'workshop',
    startsAt: at(DAYS[0], '10:00'),
    endsAt: at(DAYS[0], '11:30'),
    roomId: room.id,
    signupRequired: true,
    signupCapacity: 20,
  });
  await admin.publish();
  return { conference, keynote, workshop };
}

/** The feed behind a download link answers with a calendar. */
async function expectCalendarFeed(request: APIRequestContext, href: string): Promise<void> {
  const response = await request.get(href);
  expect(response.status(), href).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(await response.text()).toContain('BEGIN:VCALENDAR');
}

async function downloadHref(calendar: Locator): Promise<string> {
  const link = calendar.getByRole('link', { name: 'Ladda ner (.ics)' });
  await expect(link).toHaveAttribute('href', /\.ics/);
  return (await link.getAttribute('href')) as string;
}

test.describe('calendar links', () => {
  test('the conference, its programme and a programme item offer their calendar feeds', async ({ page, request }) => {
    test.slow();
    const title = `Kalenderkonferens ${suffix}`;
    const { conference, workshop } = await conferenceWithProgramme(request, title);

    await page.goto(`/konferenser/${conference.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const conferenceCalendar = page.getByRole('region', { name: 'Till din kalender' });
    await expect(conferenceCalendar).toBeVisible();
    await expect(conferenceCalendar.getByRole('button', { name: 'Kopiera prenumerationslänk' })).toBeVisible();
    await expect(conferenceCalendar.getByRole('link', { name: /^Google Kalender/ })).toHaveAttribute(
      'href',
      /^https:\/\/calendar\.google\.com\//,
    );
    const conferenceFeed = await downloadHref(conferenceCalendar);
    expect(conferenceFeed).toMatch(new RegExp(`/api/conferences/${conference.id}/calendar\\.ics$`));
    await expectCalendarFeed(request, conferenceFeed);
    await expectNoAxeViolations(page, 'the conference page with its calendar links');

    // The programme: the same feed, and the places left in the workshop.
    await page.goto(`/konferenser/${conference.id}/program`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Program');
    expect(await downloadHref(page.getByRole('region', { name: 'Till din kalender' }))).toBe(conferenceFeed);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Workshop: Kalendrar' }) });
    await expect(item).toContainText('Kräver anmälan · 20 platser kvar');
    await expectNoAxeViolations(page, 'the programme with calendar links and places left');

    // One item: its own feed.
    await item.getByRole('link', { name: 'Workshop: Kalendrar' }).click();
    await expect(page).toHaveURL(`/program/punkt/${workshop.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshop: Kalendrar');
    const itemCalendar = page.getByRole('region', { name: 'Till din kalender' });
    await expect(itemCalendar).toContainText('En prenumeration visar programpunkten i din kalender');
    const itemFeed = await downloadHref(itemCalendar);
    expect(itemFeed).toMatch(new RegExp(`/api/agenda-items/${workshop.id}/calendar\\.ics$`));
    await expect(itemCalendar.getByRole('link', { name: 'Ladda ner (.ics)' })).toHaveAttribute('download', 'programpunkt.ics');
    await expectCalendarFeed(request, itemFeed);
    await expectNoAxeViolations(page, 'the programme item with its calendar links');
  });

  test('a participant sees the places left, takes their programme into a calendar and replaces the link', async ({ page, request }) => {
    test.slow();
    const { conference } = await conferenceWithProgramme(request, `Kalenderdeltagare ${suffix}`);
    const registration = await registerThroughApi(request, conference.id, 'Kalle', `kalle.${suffix}@example.se`);
    expect(registration.status).toBe('confirmed');

    await page.goto(`/anmalan/${registration.manageToken}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din anmälan');
    const sessions = page.getByRole('region', { name: 'Programpunkter med anmälan' });
    const workshop = sessions.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Workshop: Kalendrar' }) });
    await expect(workshop).toContainText('20 av 20 platser kvar');
    await workshop.getByRole('button', { name: /^Anmäl mig/ }).click();
    await expect(sessions.getByRole('status')).toHaveText('Du är anmäld till Workshop: Kalendrar.');
    await expect(workshop).toContainText('Du är anmäld · 19 av 20 platser kvar');

    const mine = page.getByRole('region', { name: 'Mitt program' });
    const calendar = mine.getByRole('region', { name: 'Ditt program i kalendern' });
    await expect(calendar).toBeVisible();
    const oldFeed = await downloadHref(calendar);
    expect(oldFeed).toMatch(/\/api\/calendar\/registrations\/.+\.ics$/);
    await expectCalendarFeed(request, oldFeed);
    await expectNoAxeViolations(page, 'the manage page with the calendar of my programme');

    await mine.getByRole('button', { name: 'Byt kalenderlänk' }).click();
    await expect(mine.getByRole('status').filter({ hasText: 'Den gamla länken fungerar inte längre' })).toBeVisible();
    await expect(calendar.getByRole('link', { name: 'Ladda ner (.ics)' })).not.toHaveAttribute('href', oldFeed);
    const newFeed = await downloadHref(calendar);
    expect(newFeed).toMatch(/\/api\/calendar\/registrations\/.+\.ics$/);
    expect((await request.get(oldFeed)).status()).toBe(404);
    await expectCalendarFeed(request, newFeed);
    await expectNoAxeViolations(page, 'the manage page after replacing the calendar link');

    // The public programme counts the place taken.
    await page.goto(`/konferenser/${conference.id}/program`);
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Workshop: Kalendrar' }) })).toContainText(
      '19 platser kvar',
    );
  });
});
