import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { PageRenderer, RenderContext } from '../src/platform/web';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The web app from the API's port (platform/web.ts): static files, server-rendered pages through the
 * server bundle's renderer (here a fake with the same contract, so that what the API hands to Angular
 * can be checked), and the client-side index.html when there is no renderer or it fails.
 */
describe('web app serving', () => {
  const CSR = '<!doctype html><html lang="sv"><body><app-root></app-root>client-side</body></html>';
  let dist: string;
  const renders: { request: Request; context: RenderContext }[] = [];

  const fakeRenderer: PageRenderer = async (request, context) => {
    renders.push({ request, context });
    const { pathname } = new URL(request.url);
    // Angular's router decodes the path, and throws on a malformed one.
    decodeURIComponent(pathname);
    if (pathname === '/trasig') throw new Error('render failed');
    if (pathname === '/ingen') return null;
    const status = pathname === '/konferenser/okand' ? 404 : 200;
    return new Response(`<!doctype html><html><body>server-rendered ${pathname}</body></html>`, {
      status,
      headers: { 'Content-Type': 'text/html;charset=UTF-8' },
    });
  };

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'samverkan-web-'));
    mkdirSync(join(dist, 'browser'));
    writeFileSync(join(dist, 'browser', 'index.csr.html'), CSR);
    writeFileSync(join(dist, 'browser', 'main-ABCD1234.js'), 'console.log(1);');
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  describe('with the server bundle', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ WEB_DIST: join(dist, 'browser') }, { loadRenderer: async () => () => fakeRenderer });
    });
    afterAll(() => t.close());
    beforeEach(() => (renders.length = 0));

    it('renders a page on the server, with a fresh CSP nonce per response that the page gets too', async () => {
      const first = await t.http.get('/konferenser?sida=2').expect(200);
      const second = await t.http.get('/konferenser').expect(200);
      expect(first.text).toContain('server-rendered /konferenser');
      expect(first.headers['content-type']).toContain('text/html');
      expect(first.headers['cache-control']).toBe('no-cache, private');
      expect(first.headers['vary']).toContain('Cookie');
      const nonces = [first, second].map((res) => /script-src 'self' 'nonce-([^']+)'/.exec(res.headers['content-security-policy'])?.[1]);
      expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(nonces[1]).not.toBe(nonces[0]);
      expect(renders.map((r) => r.context.nonce)).toEqual(nonces);
      expect(renders[0].context.publicUrl).toBe('http://localhost:3000');
      // Never 'unsafe-inline' for scripts.
      expect(first.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    });

    it('renders at its own loopback address, keeping path and query, never a host the client names', async () => {
      await t.http.get('/konferenser?sida=2').set('Host', 'evil.example').set('X-Forwarded-Host', 'evil.example').expect(200);
      await t.http.get('//evil.example/konferenser').expect(200);
      const port = new URL(await t.app.getUrl()).port;
      expect(renders.map((r) => r.request.url)).toEqual([
        `http://127.0.0.1:${port}/konferenser?sida=2`,
        `http://127.0.0.1:${port}/evil.example/konferenser`,
      ]);
      expect(renders[0].request.headers.get('x-forwarded-host')).toBeNull();
    });

    it('passes on the lang cookie and nothing else: no other cookie, no Authorization header', async () => {
      await t.http.get('/').set('Cookie', 'session=secret; lang=en; tracking=x').set('Authorization', 'Bearer secret').expect(200);
      await t.http.get('/').set('Cookie', 'lang=de; session=secret').expect(200);
      expect(renders[0].request.headers.get('cookie')).toBe('lang=en');
      expect(renders[0].request.headers.get('authorization')).toBeNull();
      expect(renders[1].request.headers.get('cookie')).toBeNull();
    });

    it('answers robots.txt and sitemap.xml itself, never with a rendered page', async () => {
      const robots = await t.http.get('/robots.txt').expect(200);
      const sitemap = await t.http.get('/sitemap.xml').expect(200);
      expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(sitemap.headers['content-type']).toBe('application/xml; charset=utf-8');
      expect(robots.text + sitemap.text).not.toContain('<html');
      expect(renders).toEqual([]);
    });

    it("passes the page's status on (an unknown conference is a 404 page)", async () => {
      const res = await t.http.get('/konferenser/okand').expect(404);
      expect(res.text).toContain('server-rendered /konferenser/okand');
    });

    it('sends the client-side page, never a 500, when rendering fails or has no answer', async () => {
      for (const path of ['/trasig', '/ingen']) {
        const res = await t.http.get(path).expect(200);
        expect(res.text).toBe(CSR);
        expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      }
    });

    it('answers 400 to a malformed percent-encoding, quietly (no error log), for pages and the API', async () => {
      const errors = jest.spyOn(Logger.prototype, 'error');
      try {
        for (const path of ['/konferenser/%ZZ', '/%E0%A4%A', '/konferenser/%ZZ?x=1', '/konferenser?sida=%ZZ']) {
          const res = await t.http.get(path).expect(400);
          expect(res.text).toBe('Adressen innehåller ogiltiga tecken.');
        }
        expect(renders).toEqual([]);
        for (const path of ['/api/conferences/%ZZ', '/api/registrations/%ZZ', '/api/%ZZ']) {
          const res = await t.http.get(path).expect(400);
          expect(res.body).toEqual({ statusCode: 400, code: 'request.invalid-address', message: 'Adressen innehåller ogiltiga tecken.' });
        }
        // A well-formed encoding is still a page.
        await t.http.get('/konferenser/%C3%A5r?q=%25').expect(200);
        expect(errors).not.toHaveBeenCalled();
      } finally {
        errors.mockRestore();
      }
    });

    it('serves built files, hashed ones cached for a year, without rendering', async () => {
      const res = await t.http.get('/main-ABCD1234.js').expect(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(renders).toEqual([]);
    });

    it('leaves /api and writes to Nest', async () => {
      await t.http.get('/api/health').expect(200, { status: 'ok', database: 'up' });
      const unknown = await t.http.get('/api/no-such-route').expect(404);
      expect(unknown.body).toEqual({ statusCode: 404, code: 'request.not-found', message: expect.any(String) });
      await t.http.post('/konferenser').send({}).expect(404);
      expect(renders).toEqual([]);
    });
  });

  describe('without the server bundle (e.g. an API-only build next to an old web build)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ WEB_DIST: join(dist, 'browser') }, { loadRenderer: async () => null });
    });
    afterAll(() => t.close());

    it('sends the client-side index.html for every page, as before server rendering', async () => {
      for (const path of ['/', '/konferenser/okand', '/admin']) {
        const res = await t.http.get(path).expect(200);
        expect(res.text).toBe(CSR);
        expect(res.headers['cache-control']).toBe('no-cache');
      }
    });
  });
});
