import { robotsTxt, sitemapXml, w3cDate, xmlEscape } from './seo';

describe('robots.txt', () => {
  const text = robotsTxt('https://samverkan.example');

  it('keeps crawlers out of the API, the secret links and the staff areas, and names the sitemap', () => {
    const lines = text.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining(['User-agent: *', 'Allow: /', 'Disallow: /api/', 'Disallow: /anmalan/', 'Disallow: /arbetsutskottet']),
    );
    expect(lines).toContain('Sitemap: https://samverkan.example/sitemap.xml');
  });

  it('disallows nothing a public page lives under', () => {
    const disallowed = text
      .split('\n')
      .filter((l) => l.startsWith('Disallow: '))
      .map((l) => l.slice('Disallow: '.length));
    for (const page of ['/', '/konferenser', '/konferenser/1/program', '/konferenser/1/anmalan', '/program/punkt/1', '/fokusomraden']) {
      expect(disallowed.filter((prefix) => page.startsWith(prefix))).toEqual([]);
    }
  });
});

describe('sitemap.xml', () => {
  it('escapes the five XML characters', () => {
    expect(xmlEscape(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });

  it('writes W3C dates in UTC to the second', () => {
    expect(w3cDate(new Date('2026-04-14T09:00:00.123+02:00'))).toBe('2026-04-14T07:00:00Z');
  });

  it('lists absolute, escaped addresses with lastmod where known', () => {
    const xml = sitemapXml('https://samverkan.example/a&b', [
      { path: '/' },
      { path: '/konferenser/1', lastModified: new Date('2026-01-02T03:04:05Z') },
    ]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(
      true,
    );
    expect(xml).toContain('<url><loc>https://samverkan.example/a&amp;b/</loc></url>');
    expect(xml).toContain('<url><loc>https://samverkan.example/a&amp;b/konferenser/1</loc><lastmod>2026-01-02T03:04:05Z</lastmod></url>');
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
  });
});
