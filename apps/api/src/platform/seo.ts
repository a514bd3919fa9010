import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';

/** Search engines' files answered by the API process before the web app's catch-all. */
const CACHEABLE = 'public, max-age=3600';

/**
 * Paths no crawler should follow: the API, the personal secret links (registration, group and
 * password-reset tokens), sign-in and the staff areas. Everything else is public.
 */
export const DISALLOWED_PATHS = [
  '/api/',
  '/anmalan/',
  '/talare/',
  '/aterstall-losenord/',
  '/upprop/bekrafta/',
  '/logga-in',
  '/glomt-losenord',
  '/arbetsutskottet',
  '/programradet',
  '/admin',
] as const;

export interface SitemapEntry {
  /** A path under the public URL, starting with `/`. */
  path: string;
  lastModified?: Date | null;
}

export function robotsTxt(publicUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...DISALLOWED_PATHS.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]);
}

/** A W3C date-time in UTC to the second (`2026-04-14T07:00:00Z`), as sitemaps take it. */
export function w3cDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function sitemapXml(publicUrl: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastModified ? `<lastmod>${w3cDate(entry.lastModified)}</lastmod>` : '';
    return `  <url><loc>${xmlEscape(publicUrl + entry.path)}</loc>${lastmod}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

interface PublicConferenceRow {
  /** The readable address, or the id for a conference without one. */
  address: string;
  updated_at: Date;
  programme_published_at: Date | null;
}

/**
 * The public pages: the start page, the conference list, and each published conference (the ones
 * the public list shows) with its programme page once a programme version is published, and each
 * open call of a published conference while it is open (two queries).
 */
export async function sitemapEntries(dataSource: DataSource): Promise<SitemapEntry[]> {
  const rows: PublicConferenceRow[] = await dataSource.query(
    `SELECT coalesce(c.slug, c.id::text) AS address, c.updated_at,
            (SELECT max(v.published_at) FROM agenda_versions v WHERE v.conference_id = c.id) AS programme_published_at
       FROM conferences c
      WHERE c.status = 'published'
      ORDER BY c.starts_at DESC, c.id`,
  );
  const calls: { id: string; updated_at: Date }[] = await dataSource.query(
    `SELECT k.id, k.updated_at
       FROM calls k JOIN conferences c ON c.id = k.conference_id AND c.status = 'published'
      WHERE k.opens_at <= now() AND k.closes_at > now()
      ORDER BY k.closes_at, k.id`,
  );
  const [strategy]: { adopted_at: Date | null }[] = await dataSource.query(`SELECT adopted_at FROM strategies WHERE state = 'adopted'`);
  return [
    { path: '/' },
    { path: '/konferenser' },
    { path: '/fokusomraden' },
    ...(strategy ? [{ path: '/strategi/gallande', ...(strategy.adopted_at ? { lastModified: new Date(strategy.adopted_at) } : {}) }] : []),
    ...rows.flatMap((row) => [
      { path: `/konferenser/${encodeURIComponent(row.address)}`, lastModified: new Date(row.updated_at) },
      ...(row.programme_published_at
        ? [{ path: `/konferenser/${encodeURIComponent(row.address)}/program`, lastModified: new Date(row.programme_published_at) }]
        : []),
    ]),
    ...calls.map((call) => ({ path: `/upprop/${encodeURIComponent(call.id)}`, lastModified: new Date(call.updated_at) })),
  ];
}

/** `/robots.txt` and `/sitemap.xml`, mounted before the web app so they never get the HTML app. */
export function mountSeo(app: NestExpressApplication, options: { publicUrl: string }): void {
  app.use(async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    try {
      if (req.path === '/robots.txt') {
        res.setHeader('Cache-Control', CACHEABLE);
        res.type('text/plain; charset=utf-8').send(robotsTxt(options.publicUrl));
      } else if (req.path === '/sitemap.xml') {
        const xml = sitemapXml(options.publicUrl, await sitemapEntries(app.get(DataSource)));
        res.setHeader('Cache-Control', CACHEABLE);
        res.type('application/xml; charset=utf-8').send(xml);
      } else next();
    } catch (error) {
      next(error);
    }
  });
}
