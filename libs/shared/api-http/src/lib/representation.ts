import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** A response body prepared once and served many times: the bytes, their gzip, a strong ETag. */
export interface Representation {
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

/** Prepares `text`; the ETag is a hash of it unless the caller names one (e.g. from a version number). */
export function representation(text: string, etag?: string): Representation {
  const body = Buffer.from(text, 'utf8');
  return {
    body,
    gzip: gzipSync(body, { level: 6 }),
    etag: etag ?? `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
  };
}

/** The gzip representation has its own strong validator (RFC 9110 8.8.3: one per content coding). */
const gzipTag = (etag: string) => `${etag.slice(0, -1)}-gz"`;

function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    return coding.trim() === 'gzip' && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}

export interface SendOptions {
  contentType: string;
  cacheControl: string;
  /** `inline; filename=…` for files a person may save. */
  filename?: string;
}

/**
 * Sends a prepared representation: 304 when the client's If-None-Match names it (either coding, weak
 * or strong), gzip when the client takes it, and `Vary: Accept-Encoding` for caches in between.
 */
export function sendRepresentation(req: Request, res: Response, rep: Representation, options: SendOptions): void {
  const gzip = acceptsGzip(req.headers['accept-encoding']);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', gzip ? gzipTag(rep.etag) : rep.etag);
  res.setHeader('Cache-Control', options.cacheControl);
  const tags = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (tags.includes(rep.etag) || tags.includes(gzipTag(rep.etag)) || tags.includes('*')) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Type', options.contentType);
  if (options.filename) res.setHeader('Content-Disposition', `inline; filename="${options.filename}"`);
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  const bytes = gzip ? rep.gzip : rep.body;
  res.setHeader('Content-Length', String(bytes.length));
  res.status(200).end(req.method === 'HEAD' ? undefined : bytes);
}

/**
 * Prepared representations by a key that names everything they are made of (so an entry is never
 * stale, whichever process wrote the change); bounded, the oldest entry goes first.
 */
export class RepresentationCache {
  private readonly entries = new Map<string, Representation>();

  constructor(private readonly maxEntries = 100) {}

  async get(key: string, build: () => Promise<Representation>): Promise<Representation> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = await build();
      this.entries.set(key, entry);
      if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    }
    return entry;
  }
}
