import { createConference } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

/** robots.txt and sitemap.xml on the real app (platform/seo.ts), in front of the web app's catch-all. */
describe('robots.txt and sitemap.xml', () => {
  let t: TestApp;
  let committee: string;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://samverkan.example' });
    committee = await t.login(DEMO.committee);
  });
  afterAll(() => t.close());

  it('answers robots.txt as cacheable plain text that keeps crawlers out of the API, secret links and staff areas', async () => {
    const res = await t.http.get('/robots.txt').expect(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    const lines = res.text.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'User-agent: *',
        'Allow: /',
        'Disallow: /api/',
        'Disallow: /anmalan/',
        'Disallow: /talare/',
        'Disallow: /aterstall-losenord/',
        'Disallow: /upprop/bekrafta/',
        'Disallow: /arbetsutskottet',
        'Disallow: /programradet',
        'Disallow: /admin',
        'Sitemap: https://samverkan.example/sitemap.xml',
      ]),
    );
  });

  it('lists the public pages of published conferences, not drafts or cancelled ones, with their programme once published', async () => {
    const published = await createConference(t, committee, { titleSv: 'Kommuner & industri <2026>' });
    const draft = await createConference(t, committee, { titleSv: 'Utkast' }, false);
    const cancelled = await createConference(t, committee, { titleSv: 'Inställd' });
    await t.http.post(`/api/conferences/${cancelled.id}/status`).set('Authorization', committee).send({ status: 'cancelled' }).expect(200);
    const [withProgramme] = await t.dataSource.query(
      `SELECT c.id, c.slug, max(v.published_at) AS published_at FROM conferences c JOIN agenda_versions v ON v.conference_id = c.id
        WHERE c.status = 'published' GROUP BY c.id LIMIT 1`,
    );
    expect(withProgramme).toBeDefined();

    const res = await t.http.get('/sitemap.xml').expect(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    const xml = res.text;
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">\n/,
    );
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
    // Well formed: every line between is one <url> with a <loc> and an optional W3C <lastmod>, and no bare `&` or `<`.
    const body = xml.trimEnd().split('\n').slice(2, -1);
    for (const line of body)
      expect(line).toMatch(
        /^ {2}<url><loc>[^<>&]*(?:&(?:amp|lt|gt|quot|apos);[^<>&]*)*<\/loc>(<lastmod>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/lastmod>)?<\/url>$/,
      );
    const locs = body.map((line) => /<loc>([^<]*)<\/loc>/.exec(line)?.[1]);

    const base = 'https://samverkan.example';
    // Readable addresses, not ids.
    expect(published.slug).toMatch(/^kommuner-industri-2026(-\d{4})?(-\d+)?$/);
    expect(locs).toEqual(
      expect.arrayContaining([
        `${base}/`,
        `${base}/konferenser`,
        `${base}/konferenser/${published.slug}`,
        `${base}/fokusomraden`,
        `${base}/strategi/gallande`,
      ]),
    );
    expect(locs).not.toContain(`${base}/konferenser/${published.slug}/program`);
    expect(locs).toContain(`${base}/konferenser/${withProgramme.slug}/program`);
    expect(locs.filter((loc) => loc?.includes(draft.slug!) || loc?.includes(cancelled.slug!) || loc?.includes(published.id))).toEqual([]);
    expect(new Set(locs).size).toBe(locs.length);

    const [row] = await t.dataSource.query(`SELECT updated_at FROM conferences WHERE id = $1`, [published.id]);
    const lastmod = new Date(row.updated_at).toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(xml).toContain(`<loc>${base}/konferenser/${published.slug}</loc><lastmod>${lastmod}</lastmod>`);
  });

  it('lists an open call of a published conference while it is open, not before or after', async () => {
    const conference = await createConference(t, committee);
    const day = 86_400_000;
    const body = (opens: number, closes: number) => ({
      titleSv: 'Upprop',
      textSv: 'Skicka förslag till konferensen.',
      opensAt: new Date(Date.now() + opens * day).toISOString(),
      closesAt: new Date(Date.now() + closes * day).toISOString(),
      focusAreaCodes: ['skills'],
    });
    const ids: string[] = [];
    for (const [opens, closes] of [
      [-1, 5],
      [2, 5],
      [-5, -1],
    ])
      ids.push(
        (await t.http.post(`/api/conferences/${conference.id}/calls`).set('Authorization', committee).send(body(opens, closes)).expect(201))
          .body.id,
      );
    const xml = (await t.http.get('/sitemap.xml').expect(200)).text;
    expect(xml).toContain(`<loc>https://samverkan.example/upprop/${ids[0]}</loc>`);
    expect(xml).not.toContain(ids[1]);
    expect(xml).not.toContain(ids[2]);
  });

  it('reads the sitemap with two queries (conferences, open calls), whatever their number', async () => {
    t.queries.reset();
    await t.http.get('/sitemap.xml').expect(200);
    expect(t.queries.statements.filter((s) => /\bconferences\b/.test(s.query))).toHaveLength(2);
  });

  it('is never the HTML app, and is not part of the API', async () => {
    await t.http.post('/robots.txt').expect(404);
    const api = await t.http.get('/api/robots.txt').expect(404);
    expect(api.headers['content-type']).toContain('application/json');
  });
});
