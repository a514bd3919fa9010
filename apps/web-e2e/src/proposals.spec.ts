import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import type { ConferenceResponse, ThemeLineageResponse } from '@samverkan/conferences/contract';
import { authHeaders } from './support/agenda';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_PASSWORD } from './support/session';

// Unique per run, so the journey also passes against a database that has seen it before.
const suffix = Date.now().toString(36);
const THEME = `Industrins gröna elektrifiering ${suffix}`;
const MEETING = `Arbetsutskottets möte ${suffix}`;
const DEMO_CONFERENCE = 'Industrikommunernas vårkonferens';
const AGENDA_ITEM = `Beslut om förslag: ${THEME}`;

const PEOPLE = {
  pelle: { email: 'programrad@demo.samverkan.se', home: '/programradet', heading: 'Programrådet' },
  karin: { email: 'programrad2@demo.samverkan.se', home: '/programradet', heading: 'Programrådet' },
  ulla: { email: 'utskott@demo.samverkan.se', home: '/arbetsutskottet', heading: 'Arbetsutskottet' },
  ada: { email: 'admin@demo.samverkan.se', home: '/admin', heading: 'Administratör' },
} as const;

/** Each person in their own browser context (the session lives in the tab), logged in through the login page. */
async function logInAs(browser: Browser, person: (typeof PEOPLE)[keyof typeof PEOPLE]): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill(person.email);
  await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(person.home);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(person.heading);
  return page;
}

async function confirmInDialog(page: Page, title: string | RegExp, confirm: string, state: string): Promise<void> {
  const dialog = page.getByRole('alertdialog', { name: title });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, state);
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await expect(dialog).toBeHidden();
}

// The page's own live region comes first; sections (reviews, comments) have their own.
const status = (page: Page): Locator => page.getByRole('main').locator('p.sv-status[role="status"]').first();
const agendaOrder = (page: Page): Promise<(string | null)[]> =>
  page.locator('li.sv-agenda__item').evaluateAll((items) => items.map((item) => item.getAttribute('data-item')));

test.describe('from proposal to conference theme', () => {
  // One journey across four people, each step a test; each step is long (several pages, axe on each).
  test.describe.configure({ mode: 'serial', timeout: 90_000 });

  let proposalUrl = '';
  let meetingUrl = '';

  test('Pelle proposes a theme for the demo conference, tagged with two focus areas, and submits it', async ({ browser }) => {
    const page = await logInAs(browser, PEOPLE.pelle);
    await page.getByRole('main').getByRole('link', { name: 'Förslag', exact: true }).click();
    await expect(page).toHaveURL('/programradet/forslag');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Förslag');
    await expect(page.getByRole('link', { name: 'Attraktiva livsmiljöer för inflyttare' })).toBeVisible();
    await expectNoAxeViolations(page, 'the proposal list');

    // Filtering on "mine" and a state narrows the list on the server.
    await page.getByRole('checkbox', { name: 'Bara mina förslag' }).check();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Utkast' }).click();
    await expect(page.getByRole('link', { name: 'Digitala tvillingar i basindustrin' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Attraktiva livsmiljöer för inflyttare' })).toBeHidden();

    await page.getByRole('link', { name: 'Nytt förslag' }).click();
    await expect(page).toHaveURL('/programradet/forslag/nytt');
    await expect(page).toHaveTitle('Nytt förslag – Samverkan');
    await expectNoAxeViolations(page, 'the new proposal form');

    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect(page.getByText('Välj minst ett fokusområde.')).toBeVisible();
    await expect(page.getByLabel('Titel')).toBeFocused();
    await expectNoAxeViolations(page, 'the new proposal form with field errors');

    await page.getByLabel('Titel').fill(THEME);
    await page
      .getByLabel('Sammanfattning')
      .fill('Hur industrikommunerna klarar elektrifieringen av basindustrin: elnät, kompetens och samarbete.');
    await page.getByRole('checkbox', { name: 'En infrastruktur i alla dimensioner' }).check();
    await page.getByRole('checkbox', { name: 'En grön omställning' }).check();
    await page.getByRole('combobox', { name: 'Konferens' }).click();
    await page.getByRole('option', { name: DEMO_CONFERENCE }).click();
    await page.getByRole('button', { name: 'Lägg till talare' }).click();
    const speaker = page.getByRole('group', { name: 'Talare 1' });
    await expect(speaker.getByLabel('Namn')).toBeFocused();
    await speaker.getByLabel('Namn').fill('Maria Lind');
    await speaker.getByLabel('Organisation').fill('Sandvik Coromant AB');
    await page.getByRole('button', { name: 'Spara utkast' }).click();

    await expect(page).toHaveURL(/\/programradet\/forslag\/[0-9a-f-]{36}$/);
    proposalUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(THEME);
    await expect(status(page)).toHaveText('Förslaget har sparats som utkast.');
    await expect(page.locator('sv-proposal-state')).toHaveText('Utkast');
    await expect(page.getByRole('list', { name: 'Fokusområden' }).getByRole('listitem')).toHaveText([
      'En infrastruktur i alla dimensioner',
      'En grön omställning',
    ]);
    await expect(page.getByRole('link', { name: DEMO_CONFERENCE })).toBeVisible();
    await expectNoAxeViolations(page, 'the draft proposal');

    await page.getByRole('button', { name: 'Lämna in' }).click();
    await confirmInDialog(page, `Lämna in ${THEME}?`, 'Lämna in', 'the submit dialog');
    await expect(status(page)).toHaveText(`Förslaget ${THEME} har lämnats in till programrådet och arbetsutskottet.`);
    await expect(page.locator('sv-proposal-state')).toHaveText('Inlämnat');
    await expect(page.getByRole('button', { name: 'Lämna in' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Ändra' })).toHaveCount(0);
    await expect(page.getByText('Granskningarna visas för dig när arbetsutskottet har fattat beslut om förslaget.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Historik' }).getByRole('listitem')).toHaveText([
      /Förslaget skapades\s+\(Utkast\)\s+– Pelle Programråd/,
      /Förslaget lämnades in\s+\(Utkast → Inlämnat\)\s+– Pelle Programråd/,
    ]);
    await page.context().close();
  });

  test('Karin reviews it: the others’ scores show only after her own review', async ({ browser }) => {
    const page = await logInAs(browser, PEOPLE.karin);
    await page.goto(proposalUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(THEME);
    await expect(page.getByText('Andras poäng och kommentarer visas när du har lämnat din egen granskning')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Andras granskningar' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'the proposal page before reviewing');

    await page.getByRole('button', { name: 'Lämna granskning' }).click();
    await expect(page.getByText('Välj en poäng mellan 1 och 5.')).toHaveCount(3);
    await expectNoAxeViolations(page, 'the review form with errors');

    await page.getByRole('radiogroup', { name: 'Relevans' }).getByRole('radio', { name: '5', exact: true }).check();
    await page.getByRole('radiogroup', { name: 'Kvalitet' }).getByRole('radio', { name: '4', exact: true }).check();
    await page.getByRole('radiogroup', { name: 'Genomförbarhet' }).getByRole('radio', { name: '4', exact: true }).check();
    await page.getByLabel('Motivering').fill('Högaktuellt för flera medlemskommuner.');
    await page.getByRole('button', { name: 'Lämna granskning' }).click();

    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Din granskning har sparats.' })).toBeVisible();
    await expect(page.locator('sv-proposal-state')).toHaveText('Under granskning');
    await expect(page.getByText('Andras poäng och kommentarer visas när du har lämnat din egen granskning')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Sammanställning av 1 granskning' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Relevans/ }).getByRole('cell')).toHaveText(['5', '5', '1']);

    await page.getByLabel('Din kommentar').fill('Kan vi få med Svenska kraftnät?');
    await page.getByRole('button', { name: 'Publicera kommentar' }).click();
    await expect(page.getByRole('region', { name: 'Kommentarer' }).getByText('Kan vi få med Svenska kraftnät?')).toBeVisible();
    await expectNoAxeViolations(page, 'the proposal page after reviewing');
    await page.context().close();
  });

  test('Ulla holds a meeting: adds the proposal, moves it with the keyboard, accepts it, chooses Ada as justerare and approves', async ({
    browser,
  }) => {
    const page = await logInAs(browser, PEOPLE.ulla);
    await page.getByRole('navigation').getByRole('link', { name: 'Möten', exact: true }).click();
    await expect(page).toHaveURL('/arbetsutskottet/moten');
    await expect(page.getByRole('link', { name: 'Arbetsutskottets möte', exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'the meeting list');

    await page.getByRole('link', { name: 'Nytt möte' }).click();
    await expect(page.getByRole('checkbox', { name: 'Ada Administratör' })).toBeChecked();
    await expectNoAxeViolations(page, 'the new meeting form');
    await page.getByLabel('Rubrik').fill(MEETING);
    await page.getByLabel('Datum').fill(`${new Date().getFullYear() + 1}-02-16`);
    await page.getByLabel('Börjar').fill('09:30');
    await page.getByLabel('Slutar').fill('11:30');
    await page.getByLabel('Plats').fill('Finspångs kommunhus');
    await page.getByRole('button', { name: 'Skapa möte' }).click();

    await expect(page).toHaveURL(/\/arbetsutskottet\/moten\/[0-9a-f-]{36}$/);
    meetingUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MEETING);
    await expect(status(page)).toHaveText('Mötet har skapats med standardpunkterna på dagordningen.');
    await expectNoAxeViolations(page, 'the new meeting');

    await page.getByRole('combobox', { name: 'Förslag' }).click();
    await page.getByRole('option', { name: new RegExp(THEME) }).click();
    await page.getByRole('button', { name: 'Lägg till förslaget' }).click();
    await expect(status(page)).toHaveText(`Förslaget ${THEME} har lagts till på dagordningen.`);
    const item = page.locator('li.sv-agenda__item', { hasText: AGENDA_ITEM });
    await expect(item).toBeVisible();

    // The proposal is added before "Övriga frågor"; move it up one place with the keyboard.
    const before = await agendaOrder(page);
    const from = before.indexOf(await item.getAttribute('data-item'));
    expect(from).toBe(before.length - 2);
    const expected = [...before];
    expected.splice(from - 1, 0, ...expected.splice(from, 1));
    const moveUp = page.getByRole('button', { name: `Flytta upp ${AGENDA_ITEM}` });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-agenda-status]')).toHaveText(`${AGENDA_ITEM} är nu punkt ${from} av ${before.length}.`);
    await expect(moveUp).toBeFocused();
    await expect.poll(() => agendaOrder(page)).toEqual(expected);
    await expectNoAxeViolations(page, 'the agenda after a keyboard move');
    // The new order is saved: it is the same after a reload.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MEETING);
    await expect.poll(() => agendaOrder(page)).toEqual(expected);

    await page.getByRole('button', { name: `Beslut om ${AGENDA_ITEM}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Beslut' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'the decision dialog');
    await dialog.getByRole('button', { name: 'Spara beslut' }).click();
    await expect(dialog.getByText('Välj vad arbetsutskottet beslutar.')).toBeVisible();
    await expectNoAxeViolations(page, 'the decision dialog with errors');
    await dialog.getByRole('radio', { name: 'Anta förslaget' }).check();
    await dialog.getByLabel('Motivering').fill('Temat knyter an till två fokusområden och passar vårkonferensen.');
    await dialog.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    const action = dialog.getByRole('group', { name: 'Åtgärd 1' });
    await expect(action.getByLabel('Vad ska göras')).toBeFocused();
    await action.getByLabel('Vad ska göras').fill(`Bjud in talare till temat ${suffix}`);
    await expect(action.getByRole('combobox', { name: 'Ansvarig' })).toHaveText('Ulla Utskott');
    await expectNoAxeViolations(page, 'the decision dialog with an action item');
    await dialog.getByRole('button', { name: 'Spara beslut' }).click();
    await expect(dialog).toBeHidden();
    await expect(status(page)).toHaveText(`Beslutet om ${AGENDA_ITEM} har sparats.`);
    await expect(item).toContainText('Antaget. Temat knyter an till två fokusområden');

    await page.getByRole('combobox', { name: 'Justerare' }).click();
    await page.getByRole('option', { name: 'Ada Administratör' }).click();
    await page.getByRole('button', { name: 'Välj justerare' }).click();
    await expect(status(page)).toHaveText('Ada Administratör är vald till justerare.');

    await page.getByRole('button', { name: 'Justera protokollet' }).click();
    await confirmInDialog(page, 'Justera protokollet?', 'Justera', 'the approve dialog');
    await expect(status(page)).toHaveText('Du har justerat protokollet.');
    await expect(page.getByText('Protokollet väntar på att ordföranden och justeraren justerar det.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Justera protokollet' })).toHaveCount(0);

    // The action item from the decision is open until someone closes it.
    await page.getByRole('navigation').getByRole('link', { name: 'Åtgärder', exact: true }).click();
    await expect(page).toHaveURL('/arbetsutskottet/atgarder');
    const row = page.getByRole('row', { name: new RegExp(`Bjud in talare till temat ${suffix}`) });
    await expect(row.getByRole('cell').nth(1)).toHaveText('Ulla Utskott');
    await expectNoAxeViolations(page, 'the open action items');
    await row.getByRole('button', { name: `Avsluta åtgärden Bjud in talare till temat ${suffix}` }).click();
    await expect(status(page)).toHaveText(`Åtgärden Bjud in talare till temat ${suffix} är avslutad.`);
    await expect(row).toHaveCount(0);
    await page.context().close();
  });

  test('Ada approves as justerare: the minutes are locked, and the theme is on the conference page', async ({ browser, request }) => {
    const page = await logInAs(browser, PEOPLE.ada);
    await page.getByRole('main').getByRole('link', { name: 'Möten', exact: true }).click();
    await page.getByRole('link', { name: MEETING }).click();
    await expect(page).toHaveURL(meetingUrl);
    await page.getByRole('button', { name: 'Justera protokollet' }).click();
    await confirmInDialog(page, 'Justera protokollet?', 'Justera', 'the approve dialog for the justerare');

    await expect(status(page)).toHaveText('Protokollet är justerat och låst.');
    const locked = page.getByRole('note').filter({ hasText: 'Protokollet är justerat och låst' });
    await expect(locked).toBeVisible();
    await expect(page.getByRole('button', { name: /Flytta upp|Flytta ned|Beslut om|Skicka kallelse|Justera protokollet/ })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'Ada Administratör' })).toBeDisabled();
    await expectNoAxeViolations(page, 'the locked meeting');

    await page.getByRole('link', { name: 'Visa protokollet' }).click();
    await expect(page).toHaveURL(`${meetingUrl}/protokoll`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Protokoll: ${MEETING}`);
    await expect(page.getByText(/Protokollet är justerat och låst sedan/)).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: AGENDA_ITEM })).toContainText('Beslut: Antaget.');
    await expectNoAxeViolations(page, 'the minutes');
    // In English too (the pages' English texts are a lazy chunk), and back in Swedish.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Minutes: ${MEETING}`);
    await expect(page.getByText(/The minutes have been approved and locked since/)).toBeVisible();
    await expectNoAxeViolations(page, 'the minutes in English');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Protokoll: ${MEETING}`);
    // The print stylesheet hides the app's shell.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    // The proposal page shows the decision, with its motivation.
    await page.goto(proposalUrl);
    await expect(page.locator('sv-proposal-state')).toHaveText('Antaget');
    await expect(page.getByRole('region', { name: 'Beslut' })).toContainText('Arbetsutskottet har antagit förslaget');
    await page.context().close();

    // The accepted theme is now on the demo conference's public page …
    const conferences = (await (await request.get('/api/conferences')).json()) as ConferenceResponse[];
    const conference = conferences.find((c) => c.titleSv === DEMO_CONFERENCE);
    expect(conference).toBeDefined();
    const visitor = await browser.newContext();
    const publicPage = await visitor.newPage();
    await publicPage.goto(`/konferenser/${conference?.id}`);
    await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText(DEMO_CONFERENCE);
    await expect(publicPage.getByRole('heading', { level: 3, name: THEME })).toBeVisible();
    await expectNoAxeViolations(publicPage, 'the conference page with the new theme');
    await visitor.close();

    // … and its lineage names the proposer and the meeting to the working committee (the public sees only the day).
    const headers = await authHeaders(request, PEOPLE.ulla.email);
    const lineage = (await (await request.get(`/api/conferences/${conference?.id}/lineage`, { headers })).json()) as ThemeLineageResponse[];
    expect(lineage.find((line) => line.proposalTitle === THEME)).toMatchObject({
      proposerName: 'Pelle Programråd',
      meetingTitle: MEETING,
      meetingId: meetingUrl.split('/').pop(),
    });
  });
});
