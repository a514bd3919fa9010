import { expect, test, type Page } from '@playwright/test';
import type { ConferenceResponse, CreateConferenceRequest } from '@samverkan/conferences/contract';
import { expectNoAxeViolations } from './support/axe';
import { authHeaders, registerThroughApi } from './support/agenda';
import { DEMO_ACCOUNTS, logIn } from './support/session';

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';

/**
 * Console errors and CSP violation reports of a page across navigations, to look at (and attach)
 * after a journey: the browser's `securitypolicyviolation` events are passed to the test as they happen.
 */
async function watch(page: Page): Promise<{ consoleErrors: string[]; cspViolations: string[] }> {
  const consoleErrors: string[] = [];
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await page.exposeFunction('__svReportCsp', (report: string) => cspViolations.push(report));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __svReportCsp: (report: string) => void }).__svReportCsp(
        `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  return { consoleErrors, cspViolations };
}

/** The markup is on the page as text only: no script ran, no image element was made from it. */
async function expectInert(page: Page, state: string): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `window.__xss on ${state}`).toBeUndefined();
  await expect(page.locator('img[src="x"]'), `an img from stored markup on ${state}`).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);
}

test.describe('stored markup', () => {
  test('is shown as text on the public conference page, the conference list and the attendee list, and never runs', async ({
    page,
    request,
  }) => {
    const stamp = Date.now();
    const titleSv = `Säkerhetstest ${stamp} ${IMG} ${SCRIPT}`;
    const descriptionSv = `Beskrivning ${IMG} och ${SCRIPT} slut.`;
    const firstName = `Eva ${IMG}${SCRIPT}`;

    // The working committee creates and publishes the conference through the API.
    const headers = await authHeaders(request, DEMO_ACCOUNTS.committee.email);
    const start = new Date(Date.now() + 20 * 24 * 3600_000).toISOString().slice(0, 10);
    const end = new Date(Date.now() + 21 * 24 * 3600_000).toISOString().slice(0, 10);
    const created = await request.post('/api/conferences', {
      headers,
      data: {
        titleSv,
        descriptionSv,
        startsAt: `${start}T09:00:00+02:00`,
        endsAt: `${end}T16:00:00+02:00`,
        capacity: 50,
        focusAreaCodes: ['skills'],
      } satisfies CreateConferenceRequest,
    });
    expect(created.status(), await created.text()).toBe(201);
    const conference = (await created.json()) as ConferenceResponse;
    expect(conference.titleSv).toBe(titleSv); // stored as written: escaping is the page's job
    const published = await request.post(`/api/conferences/${conference.id}/publish`, { headers });
    expect(published.status(), await published.text()).toBe(200);
    await registerThroughApi(request, conference.id, firstName, `xss-${stamp}@example.se`);

    const watched = await watch(page);

    // The public conference page.
    await page.goto(`/konferenser/${conference.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`${IMG} ${SCRIPT}`);
    await expect(page.getByText(descriptionSv)).toBeVisible();
    await expectInert(page, 'the conference page');
    await expectNoAxeViolations(page, 'the conference page with markup in its texts');

    // The public conference list.
    await page.goto('/konferenser');
    await expect(page.getByRole('heading', { name: titleSv })).toBeVisible();
    await expectInert(page, 'the conference list');

    // The staff's attendee list, after logging in through the UI.
    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.goto(`/arbetsutskottet/konferenser/${conference.id}/deltagare`);
    await expect(page.getByRole('row').filter({ hasText: firstName })).toHaveCount(1);
    await expectInert(page, 'the attendee list');
    await expectNoAxeViolations(page, 'the attendee list with markup in a name');

    const cspViolations = watched.cspViolations;
    const cspConsoleErrors = watched.consoleErrors.filter((text) => /Content[- ]Security[- ]Policy|Refused to/i.test(text));
    await test.info().attach('console-errors.json', {
      body: JSON.stringify({ consoleErrors: watched.consoleErrors, cspViolations }, null, 2),
      contentType: 'application/json',
    });
    expect(cspViolations, 'CSP violations reported by the browser').toEqual([]);
    expect(cspConsoleErrors, 'CSP errors in the console').toEqual([]);
  });
});
