import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { agendaAdmin, boxOf, dragTo, expectNoHorizontalScroll, publishedConference, registerThroughApi } from './support/agenda';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, logIn } from './support/session';

// Unique per run, so the journeys also pass against a database that has seen them before.
const suffix = Date.now().toString(36);
const year = new Date().getFullYear() + 1;
// Two days well away from the change to winter time.
const DAYS: [string, string] = [`${year}-10-06`, `${year}-10-07`];
/** Rows of the editor's timetable: 15 minutes, 20 px each, from 08:00. */
const ROW_PX = 20;
const rowOf = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return (h * 60 + m - 8 * 60) / 15;
};

/**
 * A published programme with three workshops that need sign-up: two that do not overlap and a
 * third that overlaps the second (Sal B, half an hour later), plus a keynote without sign-up.
 */
async function programmeWithWorkshops(request: APIRequestContext, title: string) {
  const conference = await publishedConference(request, title, DAYS);
  const admin = await agendaAdmin(request, conference.id);
  const salA = await admin.room('Sal A', 60);
  const salB = await admin.room('Sal B', 40);
  const at = (day: string, time: string) => `${day}T${time}:00+02:00`;
  const workshop = (titleSv: string, day: string, start: string, end: string, roomId: string) => ({
    titleSv,
    type: 'workshop' as const,
    startsAt: at(day, start),
    endsAt: at(day, end),
    roomId,
    signupRequired: true,
    signupCapacity: 20,
  });
  await admin.item({
    titleSv: 'Välkommen och inledning',
    type: 'keynote',
    startsAt: at(DAYS[0], '09:00'),
    endsAt: at(DAYS[0], '09:45'),
    roomId: salA.id,
  });
  const first = await admin.item(workshop('Workshop: Kompetensförsörjning', DAYS[0], '10:00', '11:30', salA.id));
  const second = await admin.item(workshop('Workshop: Elnätet', DAYS[1], '13:00', '14:30', salA.id));
  const third = await admin.item(workshop('Workshop: Vätgas', DAYS[1], '13:30', '15:00', salB.id));
  await admin.publish();
  return { conference, first, second, third };
}

function sessionCard(page: Page, title: string): Locator {
  return page
    .getByRole('region', { name: 'Programpunkter med anmälan' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: title }) });
}

test.describe('agenda: programme editor, sign-up and my programme', () => {
  test('a working-committee member builds a programme by dragging, fixes a room conflict, publishes, edits and publishes again', async ({
    page,
    request,
  }) => {
    // Two dozen requests, drags and axe scans: more than the default 30 s on a busy machine.
    test.slow();
    await page.setViewportSize({ width: 1440, height: 1300 });
    const title = `Programkonferens ${suffix}`;
    const conference = await publishedConference(request, title, DAYS);
    const admin = await agendaAdmin(request, conference.id);
    await admin.room('Sal A', 60);
    await admin.room('Sal B', 40);
    // Unscheduled items: they start in the pile.
    await admin.item({ titleSv: 'Workshop Alfa', type: 'workshop', signupRequired: true, signupCapacity: 20 });
    await admin.item({ titleSv: 'Workshop Beta', type: 'workshop', signupRequired: true, signupCapacity: 20 });

    // From the staff's conference view to its programme editor.
    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.goto(`/arbetsutskottet/konferenser/${conference.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await page.getByRole('link', { name: 'Programmet', exact: true }).click();
    await expect(page).toHaveURL(`/arbetsutskottet/konferenser/${conference.id}/program`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Program – ${title}`);
    const pile = page.getByRole('region', { name: 'Ej schemalagda' });
    await expect(pile.getByRole('button', { name: /Workshop Alfa/ })).toBeVisible();
    await expect(page.getByText('Programmet har inte publicerats.')).toBeVisible();
    await expectNoAxeViolations(page, 'the programme editor with two unscheduled items');

    const salA = page.getByRole('list', { name: 'Sal A' });
    const salB = page.getByRole('list', { name: 'Sal B' });

    /** Drags a pile card so that its top lands on the row of `time` in the room's column. */
    async function dragFromPile(itemTitle: string, column: Locator, time: string): Promise<void> {
      const card = pile.getByRole('listitem').filter({ hasText: itemTitle });
      await column.scrollIntoViewIfNeeded();
      const from = await boxOf(card);
      const target = await boxOf(column);
      const grab = 12;
      await dragTo(
        page,
        { x: from.x + from.width / 2, y: from.y + grab },
        { x: target.x + target.width / 2, y: target.y + rowOf(time) * ROW_PX + grab },
      );
    }

    await dragFromPile('Workshop Alfa', salA, '10:00');
    await expect(salA.getByRole('listitem').filter({ hasText: 'Workshop Alfa' })).toContainText('10:00–11:00');
    await expect(pile.getByRole('button', { name: /Workshop Alfa/ })).toHaveCount(0);

    // The second one half an hour later in the same room: a room conflict, shown beside the item.
    await dragFromPile('Workshop Beta', salA, '10:30');
    const beta = salA.getByRole('listitem').filter({ hasText: 'Workshop Beta' });
    await expect(beta).toContainText('10:30–11:30');
    await expect(beta).toContainText('1 konflikt');
    await expect(salA.getByRole('listitem').filter({ hasText: 'Workshop Alfa' })).toContainText('1 konflikt');
    const conflicts = page.getByRole('region', { name: 'Konflikter (1)' });
    await expect(conflicts).toContainText('Lokalen dubbelbokad');
    await expectNoAxeViolations(page, 'the programme editor with a room conflict');

    // Fixed by keyboard: select the item, then move it to the next room.
    await beta.getByRole('button').click();
    const toolbar = page.getByRole('region', { name: 'Vald programpunkt' });
    await expect(toolbar).toContainText('Workshop Beta');
    await expect(toolbar.getByRole('listitem')).toHaveCount(1); // the conflict, beside the selected item
    await expectNoAxeViolations(page, 'the programme editor with the conflicting item selected');
    await toolbar.getByRole('button', { name: 'Flytta ”Workshop Beta” till nästa lokal' }).click();
    await expect(salB.getByRole('listitem').filter({ hasText: 'Workshop Beta' })).toContainText('10:30–11:30');
    await expect(page.getByRole('region', { name: 'Konflikter (0)' })).toContainText('Inga konflikter.');
    await expect(page.getByText('1 konflikt')).toHaveCount(0);

    // No item has a focus area, so every area is below the threshold: publishing warns first.
    await page.getByRole('button', { name: 'Publicera programmet' }).click();
    await page.getByRole('alertdialog', { name: 'Publicera med fokusområden under tröskeln?' }).getByRole('button', { name: 'Publicera ändå' }).click();
    await expect(page.getByRole('main').getByText('Version 1 är publicerad.')).toBeVisible();
    await expectNoAxeViolations(page, 'the programme editor after publishing');

    // An edit and a second publish: the public changelog says what moved.
    await toolbar.getByRole('button', { name: 'Flytta ”Workshop Beta” 15 min senare' }).click();
    await expect(salB.getByRole('listitem').filter({ hasText: 'Workshop Beta' })).toContainText('10:45–11:45');
    await page.getByRole('button', { name: 'Publicera programmet' }).click();
    await page.getByRole('alertdialog', { name: 'Publicera med fokusområden under tröskeln?' }).getByRole('button', { name: 'Publicera ändå' }).click();
    await expect(page.getByRole('main').getByText('Version 2 är publicerad.')).toBeVisible();

    await page.getByRole('link', { name: 'Visa publicerat program' }).click();
    await expect(page).toHaveURL(`/konferenser/${conference.slug}/program`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Program');
    await expect(page.getByText(/^Version 2, publicerad/).first()).toBeVisible();
    const changes = page.getByRole('region', { name: 'Ändringar' });
    const version2 = changes.getByRole('heading', { level: 3, name: /^Version 2/ });
    await expect(version2).toBeVisible();
    const latest = changes.getByRole('list').first();
    await expect(latest).toContainText('Flyttad: Workshop Beta');
    await expect(latest).toContainText('10:30–11:30, Sal B');
    await expect(latest).toContainText('10:45–11:45, Sal B');
    await expect(latest).not.toContainText('Workshop Alfa');
    await expectNoAxeViolations(page, 'the public programme with its changelog');

    // The public conference page links to the programme.
    await page.getByRole('link', { name: 'Till konferensen' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await page.getByRole('main').getByRole('link', { name: 'Programmet' }).click();
    await expect(page).toHaveURL(`/konferenser/${conference.slug}/program`);
  });

  test('a participant picks two workshops, sees them in my programme, and an overlapping third is refused', async ({ page, request }) => {
    test.slow();
    const { conference } = await programmeWithWorkshops(request, `Deltagarkonferens ${suffix}`);
    const registration = await registerThroughApi(request, conference.id, 'Petra', `petra.${suffix}@example.se`);
    expect(registration.status).toBe('confirmed');

    await page.goto(`/anmalan/${registration.manageToken}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din anmälan');
    const mine = page.getByRole('region', { name: 'Mitt program' });
    await expect(mine).toContainText('Du har inte valt några programpunkter ännu.');
    const sessions = page.getByRole('region', { name: 'Programpunkter med anmälan' });
    await expect(sessions.getByRole('heading', { level: 3 })).toHaveText([
      'Workshop: Kompetensförsörjning',
      'Workshop: Elnätet',
      'Workshop: Vätgas',
    ]);
    await expect(sessions).not.toContainText('Välkommen och inledning');
    await expectNoAxeViolations(page, 'the manage page with sessions to sign up for');

    await sessionCard(page, 'Workshop: Elnätet')
      .getByRole('button', { name: /^Anmäl mig/ })
      .click();
    await expect(sessions.getByRole('status')).toHaveText('Du är anmäld till Workshop: Elnätet.');
    await sessionCard(page, 'Workshop: Kompetensförsörjning')
      .getByRole('button', { name: /^Anmäl mig/ })
      .click();
    await expect(sessions.getByRole('status')).toHaveText('Du är anmäld till Workshop: Kompetensförsörjning.');
    await expect(sessionCard(page, 'Workshop: Elnätet')).toContainText('19 av 20 platser kvar');

    // My programme: both, in time order, by day, with room and links.
    // Day headings, then the calendar links' own heading.
    await expect(mine.getByRole('heading', { level: 3 })).toHaveText([/6 oktober/, /7 oktober/, 'Ditt program i kalendern']);
    await expect(mine.getByRole('listitem')).toHaveCount(2);
    await expect(mine.getByRole('listitem').nth(0)).toContainText('10:00–11:30');
    await expect(mine.getByRole('listitem').nth(0)).toContainText('Lokal: Sal A');
    await expect(mine.getByRole('listitem').nth(1)).toContainText('13:00–14:30');
    await expect(mine.getByRole('link', { name: 'Workshop: Elnätet' })).toHaveAttribute('href', /^\/program\/punkt\/[0-9a-f-]{36}$/);
    await expect(mine.getByRole('link', { name: 'Hela programmet' })).toHaveAttribute('href', `/konferenser/${conference.id}/program`);
    await expectNoAxeViolations(page, 'the manage page with two chosen sessions');

    // The third overlaps the second: the server's message shows at that session.
    await sessionCard(page, 'Workshop: Vätgas')
      .getByRole('button', { name: /^Anmäl mig/ })
      .click();
    await expect(sessionCard(page, 'Workshop: Vätgas').getByRole('alert')).toContainText(
      'Programpunkten krockar med ”Workshop: Elnätet”, som du redan har valt.',
    );
    await expect(mine.getByRole('listitem')).toHaveCount(2);
    await expectNoAxeViolations(page, 'the manage page with the overlap refusal');

    // Leaving one frees the time: the third can then be chosen.
    await sessionCard(page, 'Workshop: Elnätet')
      .getByRole('button', { name: /^Lämna programpunkten/ })
      .click();
    await expect(sessions.getByRole('status')).toHaveText('Du har lämnat Workshop: Elnätet.');
    await sessionCard(page, 'Workshop: Vätgas')
      .getByRole('button', { name: /^Anmäl mig/ })
      .click();
    await expect(sessions.getByRole('status')).toHaveText('Du är anmäld till Workshop: Vätgas.');
    await expect(mine.getByRole('listitem').nth(1)).toContainText('Workshop: Vätgas');
    await expect(mine.getByRole('listitem').nth(1)).toContainText('Lokal: Sal B');

    // The link from my programme leads to the item's page.
    await mine.getByRole('link', { name: 'Workshop: Vätgas' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshop: Vätgas');
  });

  test('on a phone, the public programme and my programme fit the screen and pass axe', async ({ page, request }) => {
    test.slow();
    const { conference, first } = await programmeWithWorkshops(request, `Mobilkonferens med ett långt namn ${suffix}`);
    const registration = await registerThroughApi(request, conference.id, 'Mobil', `mobil.${suffix}@example.se`);
    const signup = await request.post(`/api/registrations/${registration.manageToken}/sessions`, { data: { agendaItemId: first.id } });
    expect(signup.status()).toBe(201);
    await page.setViewportSize({ width: 390, height: 844 });

    await page.goto(`/konferenser/${conference.id}/program`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Program');
    await expect(page.getByRole('link', { name: 'Workshop: Vätgas' })).toBeVisible();
    await expectNoHorizontalScroll(page, 'the public programme on a phone');
    await expectNoAxeViolations(page, 'the public programme on a phone');

    await page.goto(`/anmalan/${registration.manageToken}`);
    const mine = page.getByRole('region', { name: 'Mitt program' });
    await expect(mine.getByRole('listitem')).toHaveCount(1);
    await expect(mine).toContainText('Workshop: Kompetensförsörjning');
    await expect(page.getByRole('region', { name: 'Programpunkter med anmälan' }).getByRole('heading', { level: 3 })).toHaveCount(3);
    await expectNoHorizontalScroll(page, 'my programme on a phone');
    await expectNoAxeViolations(page, 'my programme on a phone');
  });
});
