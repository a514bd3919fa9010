import { expect, test, type Locator } from '@playwright/test';
import { agendaAdmin, authHeaders, boxOf, dragTo, publishedConference } from './support/agenda';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, logIn } from './support/session';

// Unique per run, so the journey also passes against a database that has seen it before.
const suffix = Date.now().toString(36);
const year = new Date().getFullYear() + 1;
// Two days well away from the change to summer or winter time.
const DAYS: [string, string] = [`${year}-09-15`, `${year}-09-16`];
/** Rows of the editor's timetable: 15 minutes, 20 px each, from 08:00. */
const ROW_PX = 20;
const rowOf = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return (h * 60 + m - 8 * 60) / 15;
};

test.describe('focus areas live while the programme is planned', () => {
  test('the committee places an item and sees the shares change, is warned before publishing, and opens a pre-filled call from a gap', async ({
    page,
    request,
  }) => {
    test.slow();
    await page.setViewportSize({ width: 1440, height: 1300 });
    const title = `Planeringskonferens ${suffix}`;
    const conference = await publishedConference(request, title, DAYS);
    const admin = await agendaAdmin(request, conference.id);
    const salA = await admin.room('Sal A', 60);
    await admin.item({
      titleSv: 'Elnätet som flaskhals',
      type: 'keynote',
      startsAt: `${DAYS[0]}T09:00:00+02:00`,
      endsAt: `${DAYS[0]}T10:00:00+02:00`,
      roomId: salA.id,
      focusAreaCodes: ['infrastructure'],
    });
    await admin.item({ titleSv: 'Samtal om samverkan', type: 'workshop', focusAreaCodes: ['cooperation'] });

    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.goto(`/arbetsutskottet/konferenser/${conference.id}/program`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Program – ${title}`);
    const shares = page.getByRole('region', { name: 'Fokusområdenas andel av programtiden' });
    const share = (code: string): Locator => shares.locator(`[data-area="${code}"]`);
    await expect(shares).toContainText('60 min programtid. 5 områden är under tröskeln.');
    await expect(share('infrastructure')).toContainText(/100\s%\s\(60 min\)/);
    await expect(share('infrastructure')).not.toContainText('Under tröskeln');
    await expect(share('cooperation')).toContainText(/0\s%\s\(0 min\)/);
    await expect(share('cooperation')).toContainText('Under tröskeln');
    await expectNoAxeViolations(page, "the programme editor with the focus areas' shares");

    // Dragged from the pile to 10:00 in Sal A: the workshop's hour now counts for cooperation.
    const pile = page.getByRole('region', { name: 'Ej schemalagda' });
    const card = pile.getByRole('listitem').filter({ hasText: 'Samtal om samverkan' });
    const column = page.getByRole('list', { name: 'Sal A' });
    await column.scrollIntoViewIfNeeded();
    const from = await boxOf(card);
    const target = await boxOf(column);
    await dragTo(
      page,
      { x: from.x + from.width / 2, y: from.y + 12 },
      { x: target.x + target.width / 2, y: target.y + rowOf('10:00') * ROW_PX + 12 },
    );
    const placed = column.getByRole('listitem').filter({ hasText: 'Samtal om samverkan' });
    await expect(placed).toContainText('10:00–11:00');
    await expect(share('cooperation')).toContainText(/50\s%\s\(60 min\)/);
    await expect(share('cooperation')).not.toContainText('Under tröskeln');
    await expect(share('infrastructure')).toContainText(/50\s%\s\(60 min\)/);
    await expect(shares).toContainText('120 min programtid. 4 områden är under tröskeln.');

    // Moved by keyboard, 15 minutes later: the same hour, the same shares.
    await placed.getByRole('button').click();
    const toolbar = page.getByRole('region', { name: 'Vald programpunkt' });
    await toolbar.getByRole('button', { name: 'Flytta ”Samtal om samverkan” 15 min senare' }).click();
    await expect(placed).toContainText('10:15–11:15');
    await expect(share('cooperation')).toContainText(/50\s%\s\(60 min\)/);
    await expectNoAxeViolations(page, 'the programme editor after placing an item');

    // Publishing warns, naming the short areas with their shares; publishing stays possible.
    await page.getByRole('button', { name: 'Publicera programmet' }).click();
    const warning = page.getByRole('alertdialog', { name: 'Publicera med fokusområden under tröskeln?' });
    await expect(warning).toContainText(/4 fokusområden har mindre än 10\s% av programtiden:/);
    await expect(warning).toContainText(/Kompetensförsörjning för konkurrenskraft 0\s%/);
    await expect(warning).not.toContainText('Samverkan 50');
    await expectNoAxeViolations(page, 'the warning before publishing');
    await warning.getByRole('button', { name: 'Publicera ändå' }).click();
    await expect(page.getByRole('main').getByText('Version 1 är publicerad.')).toBeVisible();

    // A council proposal for this conference on skills, which is short: the review list marks it, in words.
    const council = await authHeaders(request, DEMO_ACCOUNTS.council.email);
    const proposalTitle = `Kompetens i bruksorten ${suffix}`;
    const created = await request.post('/api/proposals', {
      headers: council,
      data: {
        kind: 'session',
        title: proposalTitle,
        summary: 'Skolan och industrin tillsammans.',
        focusAreaCodes: ['skills', 'infrastructure'],
        targetConferenceId: conference.id,
      },
    });
    expect(created.status()).toBe(201);
    const proposalId = ((await created.json()) as { id: string }).id;
    expect((await request.post(`/api/proposals/${proposalId}/submit`, { headers: council })).status()).toBe(200);
    await page.goto('/programradet/forslag');
    const proposal = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: proposalTitle }) });
    await expect(proposal).toContainText('Fyller en lucka: Kompetensförsörjning för konkurrenskraft');
    await expect(proposal).not.toContainText('En infrastruktur i alla dimensioner,');
    await expectNoAxeViolations(page, 'the review list with a proposal that fills a gap');

    // The coverage report: from its gaps, one action opens a call for the next conference, pre-filled.
    await page.goto('/arbetsutskottet/fokustackning');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fokusområdenas täckning');
    const gaps = page.getByRole('region', { name: 'Luckor' });
    await expect(gaps.getByRole('listitem').first()).toBeVisible();
    const gapCodes = await gaps.locator('[data-gap]').evaluateAll((items) => items.map((item) => item.getAttribute('data-gap')));
    expect(gapCodes.length).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'the coverage report with the action to open a call');
    await gaps.getByRole('link', { name: /^Öppna ett upprop för .+ med dessa fokusområden$/ }).click();
    await expect(page).toHaveURL(new RegExp(`/arbetsutskottet/upprop/[0-9a-f-]+\\?omraden=${gapCodes.join('(?:,|%2C)')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Upprop');
    await expect(page.getByText('Fokusområdena är förifyllda med luckorna i täckningsrapporten.')).toBeVisible();
    const areas = page.getByRole('group', { name: 'Uppropets fokusområden' });
    await expect(areas.getByRole('checkbox', { checked: true })).toHaveCount(gapCodes.length);
    await expectNoAxeViolations(page, 'the call form pre-filled with the gaps');
  });
});
