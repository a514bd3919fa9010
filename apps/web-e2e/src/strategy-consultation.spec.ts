import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, logIn } from './support/session';

// Unique per run, so the journey also passes against a database that has seen it before.
const suffix = Date.now().toString(36);
const MEETING = `AU-möte om strategin ${suffix}`;
const DATE = `${new Date().getFullYear() + 1}-10-05`;
const COMMENT = `Lägg till kommunernas roll i elnätsplaneringen (${suffix}).`;
const WORDING = `Elnäten i alla industrikommuner måste byggas ut snabbt ${suffix}.`;

/** The version in consultation: a new draft sent out, or one a journey before left open. */
async function versionInConsultation(page: Page): Promise<string> {
  await page.goto('/strategi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategin och dess versioner');
  const open = page.locator('li[data-version]').filter({ hasText: /Utkast|På remiss/ });
  if ((await open.count()) === 0) {
    await page.getByLabel('Beteckning, t.ex. 2028').fill(`k-${suffix}`);
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await expect(page.locator('[data-status]')).toHaveText('Utkast');
    // Its own title, so the journeys that read the strategy by its title still find one version each.
    await page.getByLabel('Titel', { exact: true }).fill(`Strategi på remiss ${suffix}`);
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Utkastet är sparat.' })).toBeVisible();
  } else {
    await open.first().getByRole('link').click();
  }
  await expect(page).toHaveURL(/\/strategi\/[0-9a-f-]{36}$/);
  if ((await page.locator('[data-status]').textContent())?.includes('Utkast')) {
    await page.getByRole('button', { name: 'Skicka på remiss' }).click();
  }
  await expect(page.locator('[data-status]')).toHaveText('På remiss');
  return page.url().split('/').at(-1) as string;
}

test.describe('strategy consultation', () => {
  test.describe.configure({ timeout: 240_000 });

  test('the committee sends a draft to consultation, a council member comments and proposes a wording, the committee accepts it, compares, adopts the version at a meeting, and the public page shows it adopted and published', async ({
    page,
    browser,
    baseURL,
  }) => {
    await logIn(page, DEMO_ACCOUNTS.committee);
    const id = await versionInConsultation(page);
    await expectNoAxeViolations(page, 'a version in consultation, for the committee');

    // A council member comments on the first position.
    const councilContext = await browser.newContext({ baseURL });
    const council = await councilContext.newPage();
    await logIn(council, DEMO_ACCOUNTS.council);
    await council.goto(`/strategi/${id}`);
    await expect(council.locator('[data-status]')).toHaveText('På remiss');
    await council.getByLabel('Din synpunkt på ståndpunkt 1').first().fill(COMMENT);
    await council.getByRole('button', { name: 'Lämna synpunkt' }).first().click();
    await expect(council.getByRole('status').filter({ hasText: 'Din synpunkt är sparad.' })).toBeVisible();
    await expect(council.getByText(COMMENT)).toBeVisible();
    await expect(council.getByRole('button', { name: 'Ta bort din synpunkt' }).first()).toBeVisible();
    await council.getByLabel('Föreslå en ny formulering av ståndpunkt 1').first().fill(WORDING);
    await council.getByRole('button', { name: 'Föreslå formulering' }).first().click();
    await expect(council.getByRole('status').filter({ hasText: 'Ditt förslag är sparat.' })).toBeVisible();
    await expect(council.locator('ins').filter({ hasText: suffix }).first()).toContainText('tillagt');
    await expectNoAxeViolations(council, 'a version in consultation, with a comment, for the council');
    await councilContext.close();

    // The committee sees the comment, then adopts the version at a meeting.
    await page.reload();
    await expect(page.getByText(COMMENT)).toBeVisible();
    // The committee accepts the proposed wording: the position takes it, and the comparison with the
    // adopted version marks the words added and removed.
    const proposal = page.locator('.sv-proposals li').filter({ has: page.locator('ins', { hasText: suffix }) });
    await proposal.getByRole('button', { name: 'Godta förslaget' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Förslaget är avgjort.' })).toBeVisible();
    await expect(page.locator('ol > li').filter({ hasText: WORDING }).first()).toBeVisible();
    await page.getByRole('link', { name: 'Jämför med versionen den bygger på' }).click();
    await expect(page).toHaveURL(new RegExp(`/strategi/${id}/jamfor\\?med=`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Jämförelse');
    await expect(page.locator('ins').filter({ hasText: suffix }).first()).toContainText('tillagt');
    await expect(page.locator('del').first()).toContainText('borttaget');
    await expectNoAxeViolations(page, 'two versions compared side by side');
    // Any two versions: the picker compares with another one (the 2016 manifesto, whose text is not recorded).
    await page.getByLabel('Jämför med').selectOption({ label: 'Finspångsmanifestet (Ersatt)' });
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Finspångsmanifestet');
    await expect(page.getByLabel('Jämför med')).toHaveValue(/[0-9a-f-]{36}/);
    await page.goto('/arbetsutskottet/moten/nytt');
    await page.getByLabel('Rubrik').fill(MEETING);
    await page.getByLabel('Datum').fill(DATE);
    await page.getByLabel('Börjar').fill('10:00');
    await page.getByRole('button', { name: 'Skapa möte' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MEETING);
    await page.locator('[data-add-strategy]').getByRole('button').first().click();
    await expect(page.getByRole('main').locator('p.sv-status[role="status"]').first()).toContainText('har lagts till på dagordningen');
    await expectNoAxeViolations(page, 'a meeting with the strategy on its agenda');

    await page.getByRole('button', { name: /^Beslut om Beslut om att anta strategin/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Anta strategiversionen' }).check();
    await dialog.getByLabel('Beslutstext').fill('Arbetsutskottet antar strategin efter remissen.');
    await expectNoAxeViolations(page, 'the decision on adopting the strategy');
    await dialog.getByRole('button', { name: 'Spara beslut' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('main').locator('p.sv-status[role="status"]').first()).toContainText('har sparats');
    await expect(page.getByText('Arbetsutskottet antar strategin efter remissen.')).toBeVisible();
    // After the adoption the committee still reads the council's say on the version, no longer open.
    await page.goto(`/strategi/${id}`);
    await expect(page.locator('[data-status]')).toHaveText('Gällande');
    await expect(page.getByText(COMMENT)).toBeVisible();
    await expect(page.locator('[data-proposal-status]').first()).toHaveText('Godtaget');
    await expect(page.getByRole('button', { name: 'Lämna synpunkt' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'an adopted version with its consultation record');

    // Anyone: the version is the adopted one.
    const visitorContext = await browser.newContext({ baseURL });
    const visitor = await visitorContext.newPage();
    await visitor.goto('/strategi');
    const row = visitor.locator(`li[data-version="${id}"]`);
    await expect(row).toContainText('Gällande');
    await expect(row).toContainText('Antagen');
    await expect(visitor.locator('li[data-version]').filter({ hasText: 'Gällande' })).toHaveCount(1);
    await expectNoAxeViolations(visitor, 'the public strategy list after the adoption');
    await row.getByRole('link').click();
    await expect(visitor.locator('[data-status]')).toHaveText('Gällande');
    await expectNoAxeViolations(visitor, 'the adopted version');

    // The published strategy: the adopted text with the accepted wording, its appendix and its PDF.
    await visitor.goto('/strategi');
    await visitor.getByRole('link', { name: 'Läs den gällande strategin' }).click();
    await expect(visitor).toHaveURL(/\/strategi\/gallande$/);
    const title = (await (await visitor.request.get(`/api/strategies/${id}`)).json()).title as string;
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(visitor.locator('li[data-position]').filter({ hasText: WORDING })).toHaveCount(1);
    await expect(visitor.getByRole('heading', { level: 2, name: 'Konferensarbetet som strategin bygger på' })).toBeVisible();
    await expectNoAxeViolations(visitor, 'the published strategy');
    const pdf = await visitor.request.get((await visitor.locator('a[data-pdf]').getAttribute('href')) as string);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await visitor.getByRole('button', { name: 'English' }).click();
    await expect(visitor.getByRole('heading', { level: 2, name: 'The conference work this strategy builds on' })).toBeVisible();
    await expect(visitor.getByRole('note')).toContainText('written in Swedish');
    await expect(visitor.locator('a[data-pdf]')).toHaveAttribute('href', '/api/strategies/current.pdf?lang=en');
    await expectNoAxeViolations(visitor, 'the published strategy in English');
    await visitorContext.close();
  });
});
