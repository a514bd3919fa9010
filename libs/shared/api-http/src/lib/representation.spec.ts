import type { Request, Response } from 'express';
import { gunzipSync } from 'node:zlib';
import { RepresentationCache, representation, sendRepresentation } from './representation';

function fakeResponse() {
  const headers: Record<string, string> = {};
  const sent: { status?: number; body?: Buffer } = {};
  const res = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    status(code: number) {
      sent.status = code;
      return this;
    },
    end(body?: Buffer) {
      sent.body = body;
      return this;
    },
  };
  return { res: res as unknown as Response, headers, sent };
}

const request = (headers: Record<string, string>, method = 'GET') => ({ headers, method }) as unknown as Request;
const options = { contentType: 'text/calendar; charset=utf-8', cacheControl: 'public, max-age=300' };

describe('sendRepresentation', () => {
  const rep = representation('BEGIN:VCALENDAR\r\nSUMMARY:Öppning\r\nEND:VCALENDAR');

  it('sends gzip to clients that take it, with its own ETag and Vary', () => {
    const { res, headers, sent } = fakeResponse();
    sendRepresentation(request({ 'accept-encoding': 'gzip, deflate, br' }), res, rep, options);
    expect(sent.status).toBe(200);
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['vary']).toBe('Accept-Encoding');
    expect(headers['etag']).toBe(`${rep.etag.slice(0, -1)}-gz"`);
    expect(gunzipSync(sent.body as Buffer).toString('utf8')).toContain('Öppning');
  });

  it('sends the plain bytes otherwise, or when gzip is refused with q=0', () => {
    for (const accept of [undefined, 'identity', 'gzip;q=0, identity']) {
      const { res, headers, sent } = fakeResponse();
      sendRepresentation(request(accept ? { 'accept-encoding': accept } : {}), res, rep, options);
      expect(headers['content-encoding']).toBeUndefined();
      expect(headers['etag']).toBe(rep.etag);
      expect(sent.body?.toString('utf8')).toContain('Öppning');
      expect(headers['content-length']).toBe(String(rep.body.length));
    }
  });

  it('answers 304 for either validator, weak or in a list, and 200 for another', () => {
    for (const tag of [rep.etag, `W/${rep.etag}`, `"x", ${rep.etag.slice(0, -1)}-gz"`, '*']) {
      const { res, sent } = fakeResponse();
      sendRepresentation(request({ 'if-none-match': tag }), res, rep, options);
      expect(sent.status).toBe(304);
    }
    const { res, sent } = fakeResponse();
    sendRepresentation(request({ 'if-none-match': '"other"' }), res, rep, options);
    expect(sent.status).toBe(200);
  });

  it('sends headers without a body for HEAD', () => {
    const { res, headers, sent } = fakeResponse();
    sendRepresentation(request({}, 'HEAD'), res, rep, { ...options, filename: 'k.ics' });
    expect(sent.body).toBeUndefined();
    expect(headers['content-disposition']).toBe('inline; filename="k.ics"');
  });
});

describe('RepresentationCache', () => {
  it('builds once per key and lets the oldest entry go when full', async () => {
    const cache = new RepresentationCache(2);
    const build = jest.fn(async () => representation('x'));
    await cache.get('a', build);
    await cache.get('a', build);
    expect(build).toHaveBeenCalledTimes(1);
    await cache.get('b', build);
    await cache.get('c', build); // 'a' goes
    await cache.get('a', build);
    expect(build).toHaveBeenCalledTimes(4);
  });
});
