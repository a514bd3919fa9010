import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { ProgrammeResponse } from '@samverkan/agenda/contract';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import { expectNoAxeViolations } from './support/axe';

/**
 * Server-side rendering (docs/adr/0006-server-side-rendering.md): the public pages arrive as HTML
 * with their content, the browser takes them over (hydration) without fetching the API again and
 * without console errors or CSP violations, an unknown conference is a 404, and the language chosen
 * is the one the server renders.
 */

interface Demo {
  conference: ConferenceResponse;
  programme: ProgrammeResponse;
  strategyTitle: string;
}

async function demo(request: APIRequestContext): Promise<Demo> {
  const conferences = (await (await request.get('/api/conferences')).json()) as ConferenceResponse[];
  const conference = conferences.find((c) => c.titleSv.startsWith('Industrikommunernas')) ?? conferences[0];
  const programme = (await (await request.get(`/api/conferences/${conference.id}/programme`)).json()) as ProgrammeResponse;
  const strategy = (await (await request.get('/api/strategies/current')).json()) as { title: string };
  return { conference, programme, strategyTitle: strategy.title };
}

function publicPages({ conference, programme, strategyTitle }: Demo): { path: string; texts: string[] }[] {
  const item = programme.items[0];
  return [
    { path: '/', texts: ['Kommande konferenser', conference.titleSv, 'En grön omställning'] },
    { path: '/konferenser', texts: [conference.titleSv] },
    { path: `/konferenser/${conference.slug}`, texts: [conference.titleSv, conference.themes[0].titleSv] },
    { path: `/konferenser/${conference.slug}/program`, texts: programme.items.slice(0, 3).map((i) => i.titleSv) },
    { path: `/program/punkt/${item.id}`, texts: [item.titleSv] },
    { path: `/konferenser/${conference.slug}/anmalan`, texts: [conference.titleSv] },
    { path: '/strategi/gallande', texts: [strategyTitle, 'Konferensarbetet som strategin bygger på'] },
  ];
}

/** HTML as sent: `&`, `<`, `>` and quotes escaped in text. */
function asHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Console errors, CSP violations and API calls of a page from its first request on. */
async function watch(page: Page): Promise<{ errors: string[]; cspViolations: string[]; apiCalls: string[] }> {
  const watched = { errors: [] as string[], cspViolations: [] as string[], apiCalls: [] as string[] };
  page.on('console', (message) => {
    // Errors, and Angular's warnings (NG05xx: hydration problems); not the browser's own hints.
    if (message.type() === 'error' || (message.type() === 'warning' && /NG0\d/.test(message.text()))) watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) watched.apiCalls.push(`${request.method()} ${url.pathname}`);
  });
  await page.exposeFunction('__svReportCsp', (report: string) => watched.cspViolations.push(report));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __svReportCsp: (report: string) => void }).__svReportCsp(
        `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
      ),
    );
  });
  return watched;
}

/** The app has taken the server's DOM over: the language button answers a click. */
async function expectHydrated(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
}

test.describe('server-side rendering', () => {
  test('the public pages arrive as HTML with their content, before any script runs', async ({ request }) => {
    for (const { path, texts } of publicPages(await demo(request))) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain('<html lang="sv"');
      expect(html, path).toContain('ng-server-context="ssr"');
      for (const text of texts) expect(html, `${path} holds "${text}"`).toContain(asHtml(text));
      // The API answers travel with the page (transfer cache), so the browser need not ask again.
      expect(html, path).toContain('<script id="ng-state" type="application/json">');

      // Inline scripts (hydration's event replay) carry this response's nonce; the policy has no 'unsafe-inline' for scripts.
      const policy = response.headers()['content-security-policy'];
      const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce, `${path}: a nonce in the CSP`).toBeTruthy();
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")([^>]*)>/g)].map((m) => m[1]);
      expect(inlineScripts.length, `${path}: event replay scripts`).toBeGreaterThan(0);
      for (const attributes of inlineScripts) expect(attributes, path).toContain(`nonce="${nonce}"`);
      expect(response.headers()['cache-control']).toBe('no-cache, private');
    }
  });

  test('a conference page names the conference in its title, description and link preview, in the HTML as sent', async ({
    request,
    baseURL,
  }) => {
    const { conference } = await demo(request);
    const html = await (await request.get(`/konferenser/${conference.slug}`)).text();
    const title = `${conference.titleSv} – Samverkan`;
    expect(html).toContain(`<title>${asHtml(title)}</title>`);
    const meta = (attribute: string) => new RegExp(`<meta ${attribute} content="([^"]*)"`).exec(html)?.[1];
    const description = meta('name="description"');
    expect(description?.length).toBeGreaterThan(0);
    expect(description?.length).toBeLessThanOrEqual(160);
    expect(description).not.toContain('Svenska Industrikommuners konferens- och utskottsarbete');
    expect(meta('property="og:title"')).toBe(asHtml(title));
    expect(meta('property="og:description"')).toBe(description);
    expect(meta('property="og:type"')).toBe('website');
    expect(meta('property="og:url"')).toBe(`${baseURL}/konferenser/${conference.slug}`);
    // One description only: the page's replaces the site's.
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);

    const english = await (await request.get(`/konferenser/${conference.slug}`, { headers: { cookie: 'lang=en' } })).text();
    expect(english).toContain(`<title>${asHtml(conference.titleEn ?? conference.titleSv)} – Samverkan</title>`);
  });

  test('robots.txt and sitemap.xml are answered by the server, not the app', async ({ request, baseURL }) => {
    const robots = await request.get('/robots.txt');
    expect(robots.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(await robots.text()).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    const { conference } = await demo(request);
    const sitemap = await request.get('/sitemap.xml');
    expect(sitemap.headers()['content-type']).toBe('application/xml; charset=utf-8');
    expect(await sitemap.text()).toContain(`<loc>${baseURL}/konferenser/${conference.slug}/program</loc>`);
  });

  test('a conference has a readable address, and links with its id move there for good (301)', async ({ page, request }) => {
    const { conference } = await demo(request);
    expect(conference.slug).toMatch(/^industrikommunernas-varkonferens-\d{4}$/);
    for (const rest of ['', '/program', '/anmalan', '/gruppanmalan']) {
      const response = await request.get(`/konferenser/${conference.id}${rest}?utm_source=mail`, { maxRedirects: 0 });
      expect(response.status(), rest).toBe(301);
      expect(response.headers()['location'], rest).toBe(`/konferenser/${conference.slug}${rest}?utm_source=mail`);
    }
    // A visitor following an old link lands on the readable address.
    await page.goto(`/konferenser/${conference.id}/program`);
    await expect(page).toHaveURL(`/konferenser/${conference.slug}/program`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Program');
  });

  test('the staff pages stay client-rendered: the server sends the app without their content', async ({ request }) => {
    const html = await (await request.get('/arbetsutskottet/konferenser')).text();
    expect(html).toContain('<app-root></app-root>');
    expect(html).not.toContain('ng-server-context');
  });

  test('an unknown conference is a 404 with the page’s own message, in the HTML and after hydration', async ({ page, request }) => {
    for (const path of ['/konferenser/00000000-0000-4000-8000-000000000000', '/konferenser/inte-ett-id']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain('Konferensen finns inte');
    }
    const watched = await watch(page);
    const response = await page.goto('/konferenser/00000000-0000-4000-8000-000000000000');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Konferensen finns inte');
    await expectHydrated(page);
    // The browser reports the page's own 404 and the API's (errors are not in the transfer cache), nothing else.
    expect(watched.errors.filter((text) => !/status of 404/.test(text))).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    await expectNoAxeViolations(page, 'the unknown conference page, server-rendered');
  });

  test('the browser takes the pages over without errors, CSP violations or fetching the API again', async ({ page, request }) => {
    const pages = publicPages(await demo(request));
    const watched = await watch(page);
    for (const { path, texts } of pages) {
      watched.apiCalls.length = 0;
      await page.goto(path);
      await expect(page.getByRole('main')).toContainText(texts[0]);
      await expectHydrated(page);
      // Switching language needs no API call either (the texts are bundled, the content bilingual).
      expect(watched.apiCalls, `${path}: API calls after loading`).toEqual([]);
    }
    expect(watched.errors).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    await page.goto(pages[3].path);
    await expectNoAxeViolations(page, 'the programme, server-rendered and hydrated');
  });

  test('English, once chosen, is what the server renders: a reload shows no Swedish first', async ({ page, request }) => {
    const { conference } = await demo(request);
    const watched = await watch(page);
    await page.goto(`/konferenser/${conference.id}`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect((await page.context().cookies()).find((c) => c.name === 'lang')?.value).toBe('en');

    const reloaded = await page.reload();
    const html = String(await reloaded?.text());
    // The first paint is this HTML: already English.
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('>Svenska');
    expect(html).toContain(asHtml(conference.titleEn ?? conference.titleSv));
    expect(html).not.toContain('Anmäl dig');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(conference.titleEn ?? conference.titleSv);
    await expect(page.getByRole('button', { name: 'Svenska' })).toBeVisible();
    await expectNoAxeViolations(page, 'the conference page, server-rendered in English');

    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    const swedish = await page.reload();
    expect(await swedish?.text()).toContain('<html lang="sv"');
    expect(watched.errors).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
  });
});
