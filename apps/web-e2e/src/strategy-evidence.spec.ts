import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, logIn } from './support/session';
import { authHeaders } from './support/agenda';
import { adoptAtMeeting } from './support/strategy';

const suffix = Date.now().toString(36);
const AREA = 'En infrastruktur i alla dimensioner';

test.describe('drafting the strategy with evidence', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the committee cites conference work for a position: the marker goes and a footnote shows', async ({ page, request }) => {
    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.goto('/strategi');
    await page.getByLabel('Beteckning, t.ex. 2028').fill(`evidens-${suffix}`);
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Redigera utkastet' })).toBeVisible();
    // Its own title, so the version it replaces at the end keeps a name of its own in the list.
    await page.getByLabel('Titel', { exact: true }).fill(`Strategiutkast med underlag ${suffix}`);
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Utkastet är sparat.' })).toBeVisible();

    const area = page.locator('section.sv-strategy-area').filter({ has: page.getByRole('heading', { level: 3, name: AREA }) });
    const firstPosition = area.locator('li[data-position]').first();
    await expect(firstPosition.locator('[data-unsupported]')).toHaveText('Stöds inte av konferensarbetet');
    await expect(page.getByRole('heading', { level: 2, name: 'Förslag: områden utan ståndpunkt' })).toBeVisible();

    await area.getByRole('button', { name: `Visa underlag för ${AREA}` }).click();
    const panel = page.getByRole('region', { name: `Underlag från konferenserna: ${AREA}` });
    await expect(panel).toBeVisible();
    const theme = panel.locator('li[data-evidence]').filter({ hasText: 'Energi och elnät för en växande industri' });
    await expect(theme).toBeVisible();
    await expectNoAxeViolations(page, 'the evidence panel of a focus area');

    // Without years the panel shows the conferences since the version the draft is based on was adopted
    // (another journey may have adopted one today). Filtered to 2025: the imported spring conference's
    // session is there, the coming conference's theme is not.
    await panel.getByLabel('Från år').fill('2025');
    await panel.getByLabel('Till år').fill('2025');
    await panel.getByRole('button', { name: 'Visa underlag' }).click();
    await expect(theme).toHaveCount(0);
    await expect(panel.locator('li[data-evidence]').filter({ hasText: 'Elförsörjning för nya etableringar' })).toBeVisible();
    // Twelve imported conferences of the 1960s with a session in the area: the panel shows the ten most
    // recent first, says how many there are, and appends the rest on request.
    const csv = ['record,conference,title,starts_on,format,focus_areas'];
    for (let i = 0; i < 12; i++) {
      csv.push(`conference,sidor-${suffix}-${i},Sidvisning ${1960 + i},${1960 + i}-05-10,,`);
      csv.push(`session,sidor-${suffix}-${i},Elnätet ${1960 + i},,theme,infrastructure`);
    }
    const imported = await request.post('/api/reports/focus-area-coverage/history-import', {
      headers: await authHeaders(request, DEMO_ACCOUNTS.committee.email),
      multipart: { file: { name: 'sidor.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.join('\n')) } },
    });
    expect(imported.status()).toBe(200);
    await panel.getByLabel('Från år').fill('1960');
    await panel.getByLabel('Till år').fill('1971');
    await panel.getByRole('button', { name: 'Visa underlag' }).click();
    const sessions = panel.locator('li[data-evidence][data-kind="past-session"]');
    await expect(sessions).toHaveCount(10);
    await expect(sessions.first()).toContainText('Elnätet 1971');
    await expect(panel.getByText('Visar underlaget från 10 konferenser av 12, de senaste först (12 poster i perioden).')).toBeVisible();
    await panel.getByRole('button', { name: 'Visa fler konferenser' }).click();
    await expect(sessions).toHaveCount(12);
    await expect(sessions.last()).toContainText('Elnätet 1960');
    await expect(panel.getByText('Visar underlaget från 12 konferenser av 12')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Visa fler konferenser' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'the evidence panel after showing more conferences');

    await panel.getByLabel('Från år').fill('');
    await panel.getByLabel('Till år').fill('');
    await panel.getByRole('button', { name: 'Visa underlag' }).click();
    await expect(theme).toBeVisible();

    await panel.getByLabel('Hänvisa för ståndpunkt').selectOption({ index: 1 });
    await theme
      .getByRole('button', { name: 'Hänvisa till Tema Energi och elnät för en växande industri för den valda ståndpunkten' })
      .click();
    await expect(panel.getByRole('status')).toHaveText('Hänvisningen är tillagd.');
    await expect(firstPosition.locator('[data-unsupported]')).toHaveCount(0);
    await expect(firstPosition.getByRole('link', { name: 'Hänvisning 1' })).toBeVisible();
    await expect(area.locator('[data-footnote]').first()).toContainText('Tema: Energi och elnät för en växande industri');
    await expect(area.locator('li[data-position]').nth(1).locator('[data-unsupported]')).toBeVisible();
    await expectNoAxeViolations(page, 'a draft with a cited position');
    // The reference leads to its footnote, on the same page.
    await firstPosition.getByRole('link', { name: 'Hänvisning 1' }).click();
    await expect(page).toHaveURL(/\/strategi\/[0-9a-f-]+#fn-infrastructure-1$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Redigera utkastet' })).toBeVisible();

    // After a reload the citation is still there: stored as a link, its label read anew.
    await page.reload();
    await expect(firstPosition.getByRole('link', { name: 'Hänvisning 1' })).toBeVisible();
    await expect(area.locator('[data-footnote]').first()).toContainText('Energi och elnät för en växande industri');

    // The draft is adopted, so no open draft is left for the next journey (one draft at a time).
    await page.getByRole('button', { name: 'Skicka på remiss' }).click();
    await expect(page.locator('[data-status]')).toHaveText('På remiss');
    // Adopting is a meeting's decision: the page says so and links to the meetings.
    await expect(page.locator('[data-adoption-hint]')).toContainText('antas genom ett beslut på ett möte');
    await adoptAtMeeting(request, /\/strategi\/([0-9a-f-]+)/.exec(page.url())?.[1] as string);
    await page.reload();
    await expect(page.locator('[data-status]')).toHaveText('Gällande');
  });
});
