import { createHash, randomBytes } from 'node:crypto';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Response } from 'superagent';
import { createConference } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

type Who = 'anonymous' | 'council' | 'committee' | 'admin' | 'proposer';
const WHO: Who[] = ['anonymous', 'council', 'committee', 'admin', 'proposer'];
const NONE = '00000000-0000-4000-8000-000000000000';
const MB = 1024 * 1024;

const pdf = (extra = 0) =>
  Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'), randomBytes(extra), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108020000009077 53de'.replace(/ /g, ''), 'hex');

/** Reads a response body as bytes, whatever its type. */
const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const parts: Buffer[] = [];
  res.on('data', (part: Buffer) => parts.push(part));
  res.on('end', () => done(null, Buffer.concat(parts)));
};

describe('documents: files attached to meeting items, proposals and programme items', () => {
  let t: TestApp;
  let as: Record<Who, string | undefined>;
  let userId: Record<Exclude<Who, 'anonymous'>, string>;
  let meetingItem: string;
  let proposal: string;
  let draftProposal: string;
  let conference: string;
  let agendaItem: string;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.login(DEMO.admin);
    await t.http
      .post('/api/users')
      .set('Authorization', admin)
      .send({ email: 'forslag@demo.samverkan.se', name: 'Frida Förslag', roles: ['programme-council'], password: 'ett-långt-lösenord-3' })
      .expect(201);
    as = {
      anonymous: undefined,
      admin,
      committee: await t.login(DEMO.committee),
      council: await t.login(DEMO.council),
      proposer: await t.login('forslag@demo.samverkan.se', 'ett-långt-lösenord-3'),
    };
    const me = async (who: Exclude<Who, 'anonymous'>) =>
      (await t.http.get('/api/auth/me').set('Authorization', as[who] as string)).body.id as string;
    userId = { admin: await me('admin'), committee: await me('committee'), council: await me('council'), proposer: await me('proposer') };

    const committee = as.committee as string;
    const meeting = await t.http
      .post('/api/meetings')
      .set('Authorization', committee)
      .send({ title: 'Utskottsmöte', startsAt: new Date(Date.now() + 86_400_000).toISOString(), participantIds: [] })
      .expect(201);
    const withItem = await t.http
      .post(`/api/meetings/${meeting.body.id}/items`)
      .set('Authorization', committee)
      .send({ kind: 'other', title: 'Underlag' });
    meetingItem = withItem.body.items.at(-1).id;

    const proposalBody = {
      kind: 'theme',
      title: 'Elnätet',
      summary: 'Hur räcker elen till nya industrier?',
      focusAreaCodes: ['infrastructure'],
    };
    proposal = (
      await t.http
        .post('/api/proposals')
        .set('Authorization', as.proposer as string)
        .send(proposalBody)
        .expect(201)
    ).body.id;
    await t.http
      .post(`/api/proposals/${proposal}/submit`)
      .set('Authorization', as.proposer as string)
      .expect(200);
    draftProposal = (
      await t.http
        .post('/api/proposals')
        .set('Authorization', as.proposer as string)
        .send({ ...proposalBody, title: 'Utkast' })
        .expect(201)
    ).body.id;

    const created = await createConference(t, committee, { capacity: 50 });
    conference = created.id;
    const start = new Date(created.startsAt).getTime();
    agendaItem = (
      await t.http
        .post(`/api/conferences/${conference}/agenda/items`)
        .set('Authorization', committee)
        .send({
          titleSv: 'Bildspel',
          type: 'seminar',
          startsAt: new Date(start + 3_600_000).toISOString(),
          endsAt: new Date(start + 7_200_000).toISOString(),
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t?.close());

  function upload(who: Who, parentType: string, parentId: string, fileName: string, bytes: Buffer) {
    let req = t.http.post('/api/documents');
    if (as[who]) req = req.set('Authorization', as[who] as string);
    // filepath: the name as given, path and all (form-data would cut a filename to its last part).
    return req
      .field('parentType', parentType)
      .field('parentId', parentId)
      .attach('file', bytes, { filepath: fileName, contentType: 'application/octet-stream' } as { filename?: string });
  }
  function get(who: Who, path: string) {
    const req = t.http.get(path);
    return as[who] ? req.set('Authorization', as[who] as string) : req;
  }
  const download = (who: Who, id: string) => get(who, `/api/documents/${id}`).buffer(true).parse(binary);
  const counts = async () => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM documents) AS documents, (SELECT count(*)::int FROM document_chunks) AS chunks`,
    );
    return row as { documents: number; chunks: number };
  };

  it('stores a file in chunks and sends the same bytes back, with safe headers', async () => {
    const bytes = pdf(600 * 1024);
    const res = await upload('committee', 'meeting-item', meetingItem, 'Bakgrund möte.pdf', bytes).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), fileName: 'Bakgrund möte.pdf', contentType: 'application/pdf', size: bytes.length });
    const [row] = await t.dataSource.query(
      `SELECT sha256, uploaded_by, (SELECT count(*)::int FROM document_chunks WHERE document_id = d.id) AS chunks FROM documents d WHERE id = $1`,
      [res.body.id],
    );
    expect(row).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), uploaded_by: userId.committee, chunks: 3 });

    const file = await download('committee', res.body.id).expect(200);
    expect(Buffer.compare(file.body as Buffer, bytes)).toBe(0);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-length']).toBe(String(bytes.length));
    expect(file.headers['content-disposition']).toBe(`inline; filename="Bakgrund m?te.pdf"; filename*=UTF-8''Bakgrund%20m%C3%B6te.pdf`);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    expect(file.headers['cache-control']).toBe('private, no-store');

    const list = await get('committee', `/api/documents?parentType=meeting-item&parentId=${meetingItem}`).expect(200);
    expect(list.body).toEqual([
      {
        id: res.body.id,
        fileName: 'Bakgrund möte.pdf',
        contentType: 'application/pdf',
        size: bytes.length,
        createdAt: expect.stringMatching(/\+0[12]:00$/),
      },
    ]);
  });

  it('holds no database transaction while a slow client is still sending', async () => {
    const server = t.app.getHttpServer() as Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const bytes = pdf(700 * 1024);
    const boundary = 'samverkan-slow-client';
    const field = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const head = Buffer.from(
      field('parentType', 'meeting-item') +
        field('parentId', meetingItem) +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Långsam.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/documents',
          method: 'POST',
          headers: {
            authorization: as.committee as string,
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': head.length + bytes.length + tail.length,
          },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      // More than one stored chunk now, the rest after a pause: the server has read and checked the first part.
      req.write(Buffer.concat([head, bytes.subarray(0, 400 * 1024)]));
      setTimeout(() => req.end(Buffer.concat([bytes.subarray(400 * 1024), tail])), 1500);
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const [{ waiting }] = await t.dataSource.query(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()`,
    );
    expect(waiting).toBe(0);
    const [{ rows }] = await t.dataSource.query(`SELECT count(*)::int AS rows FROM documents WHERE file_name = 'Långsam.pdf'`);
    expect(rows).toBe(0);
    const { status, body } = await answer;
    expect(status).toBe(201);
    const stored = JSON.parse(body) as { id: string; size: number };
    expect(stored.size).toBe(bytes.length);
    const [row] = await t.dataSource.query(
      `SELECT sha256, (SELECT count(*)::int FROM document_chunks WHERE document_id = d.id) AS chunks FROM documents d WHERE id = $1`,
      [stored.id],
    );
    expect(row).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), chunks: 3 });
  });

  it('serves text as an attachment in UTF-8, and cleans names', async () => {
    const text = Buffer.from('Dagordning\n1. Öppnande\n', 'utf8');
    const res = await upload('committee', 'meeting-item', meetingItem, 'anteckningar<1>?.txt', text).expect(201);
    expect(res.body.fileName).toBe('anteckningar1.txt');
    const file = await download('committee', res.body.id).expect(200);
    expect(file.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(file.headers['content-disposition']).toBe('attachment; filename=anteckningar1.txt');
    expect((file.body as Buffer).toString('utf8')).toBe(text.toString('utf8'));
  });

  describe('refusals keep nothing', () => {
    const cases: [string, string, Buffer, number, string][] = [
      ['a PNG called .pdf', 'report.pdf', PNG, 415, 'document.type-refused'],
      ['an executable called .pdf', 'report.pdf', Buffer.concat([Buffer.from('MZ'), randomBytes(2000)]), 415, 'document.type-refused'],
      [
        'HTML called .txt',
        'readme.txt',
        Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
        415,
        'document.type-refused',
      ],
      [
        'text that is not UTF-8',
        'data.csv',
        Buffer.concat([Buffer.from('a;b\n'), Buffer.from([0xff, 0xfe, 0x00])]),
        415,
        'document.type-refused',
      ],
      ['an unknown extension', 'tool.exe', Buffer.from('hello'), 415, 'document.type-refused'],
      ['a path in the name', '../../etc/report.pdf', pdf(), 400, 'document.file-name'],
      ['an empty file', 'empty.txt', Buffer.alloc(0), 415, 'document.type-refused'],
    ];
    it.each(cases)('%s', async (_, name, bytes, status, code) => {
      const before = await counts();
      const res = await upload('committee', 'meeting-item', meetingItem, name, bytes).expect(status);
      expect(res.body.code).toBe(code);
      expect(await counts()).toEqual(before);
    });

    it('a file over 25 MB, streamed: 413 after the limit, no row and no chunk', async () => {
      const before = await counts();
      const res = await upload('committee', 'meeting-item', meetingItem, 'big.pdf', pdf(26 * MB)).expect(413);
      expect(res.body.code).toBe('document.too-large');
      expect(await counts()).toEqual(before);
    });

    it('an unknown parent type, a parent that does not exist, no file: 404/400', async () => {
      const before = await counts();
      expect((await upload('admin', 'conference', conference, 'a.pdf', pdf()).expect(404)).body.code).toBe('document.not-found');
      expect((await upload('admin', 'meeting-item', NONE, 'a.pdf', pdf()).expect(404)).body.code).toBe('document.not-found');
      expect((await upload('admin', 'meeting-item', 'not-a-uuid', 'a.pdf', pdf()).expect(404)).body.code).toBe('document.not-found');
      const noFile = await t.http
        .post('/api/documents')
        .set('Authorization', as.admin as string)
        .field('parentType', 'meeting-item')
        .field('parentId', meetingItem);
      expect([noFile.status, noFile.body.code]).toEqual([400, 'document.no-file']);
      const json = await t.http
        .post('/api/documents')
        .set('Authorization', as.admin as string)
        .send({ parentType: 'meeting-item', parentId: meetingItem });
      expect([json.status, json.body.code]).toEqual([400, 'document.bad-upload']);
      await get('admin', `/api/documents?parentType=conference&parentId=${conference}`).expect(404);
      await get('admin', `/api/documents/${NONE}`).expect(404);
      expect(await counts()).toEqual(before);
    });
  });

  describe('who may read and attach, per parent', () => {
    type Expect = Record<Who, 'ok' | 404>;
    const only = (...allowed: Who[]): Expect => Object.fromEntries(WHO.map((w) => [w, allowed.includes(w) ? 'ok' : 404])) as Expect;

    const names = async (parentType: string, parentId: string) =>
      ((await get('admin', `/api/documents?parentType=${parentType}&parentId=${parentId}`).expect(200)).body as { fileName: string }[]).map(
        (d) => d.fileName,
      );

    async function check(parentType: string, parentId: () => string, expected: Expect) {
      const before = await names(parentType, parentId());
      const { body: stored } = await upload('admin', parentType, parentId(), 'underlag.pdf', pdf()).expect(201);
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const who of WHO) {
        const list = await get(who, `/api/documents?parentType=${parentType}&parentId=${parentId()}`);
        const file = await download(who, stored.id);
        const added = await upload(who, parentType, parentId(), `${who}.pdf`, pdf());
        const ok = (status: number, success: number) => (status === success ? 'ok' : status);
        got[who] = [ok(list.status, 200), ok(file.status, 200), ok(added.status, 201)].join(' ');
        want[who] = [expected[who], expected[who], expected[who]].join(' ');
        if (expected[who] === 'ok') expect(list.body.map((d: { id: string }) => d.id)).toContain(stored.id);
      }
      expect(got).toEqual(want);
      const added = WHO.filter((w) => expected[w] === 'ok').map((w) => `${w}.pdf`);
      expect((await names(parentType, parentId())).sort()).toEqual([...before, 'underlag.pdf', ...added].sort());
    }

    it('meeting items: the working committee and admin only', () => check('meeting-item', () => meetingItem, only('committee', 'admin')));
    it('a submitted proposal: its proposer, the council, the committee and admin', () =>
      check('proposal', () => proposal, only('proposer', 'council', 'committee', 'admin')));
    it('a draft proposal: its proposer and admin', () => check('proposal', () => draftProposal, only('proposer', 'admin')));
    it('an unpublished programme item: staff with the agenda capability', () =>
      check('agenda-item', () => agendaItem, only('committee', 'admin')));

    it('a published programme item: everyone reads (cacheable), only staff attach', async () => {
      const { body: stored } = await upload('committee', 'agenda-item', agendaItem, 'bilder.png', PNG).expect(201);
      await get('anonymous', `/api/documents?parentType=agenda-item&parentId=${agendaItem}`).expect(404);
      await t.http
        .post(`/api/conferences/${conference}/agenda/publish`)
        .set('Authorization', as.committee as string)
        .send({})
        .expect((r) => {
          if (r.status >= 300) throw new Error(`publish ${r.status} ${JSON.stringify(r.body)}`);
        });
      const list = await get('anonymous', `/api/documents?parentType=agenda-item&parentId=${agendaItem}`).expect(200);
      expect(list.body.map((d: { id: string }) => d.id)).toContain(stored.id);
      const file = await download('anonymous', stored.id).expect(200);
      expect(Buffer.compare(file.body as Buffer, PNG)).toBe(0);
      expect(file.headers['content-type']).toBe('image/png');
      expect(file.headers['cache-control']).toBe('public, max-age=300');
      expect(file.headers['content-disposition']).toBe('inline; filename=bilder.png');
      const before = await counts();
      await upload('anonymous', 'agenda-item', agendaItem, 'x.pdf', pdf()).expect(404);
      await upload('council', 'agenda-item', agendaItem, 'x.pdf', pdf()).expect(404);
      await t.http.delete(`/api/documents/${stored.id}`).expect(404);
      expect(await counts()).toEqual(before);
    });
  });

  it('deletes a file for those who may attach, with an audit entry; others get 404 and it stays', async () => {
    const { body: stored } = await upload('committee', 'meeting-item', meetingItem, 'radera.pdf', pdf(300 * 1024)).expect(201);
    await t.http
      .delete(`/api/documents/${stored.id}`)
      .set('Authorization', as.council as string)
      .expect(404);
    await t.http.delete(`/api/documents/${stored.id}`).expect(404);
    await download('committee', stored.id).expect(200);
    await t.http
      .delete(`/api/documents/${stored.id}`)
      .set('Authorization', as.admin as string)
      .expect(204);
    await download('committee', stored.id).expect(404);
    const [{ chunks }] = await t.dataSource.query(`SELECT count(*)::int AS chunks FROM document_chunks WHERE document_id = $1`, [
      stored.id,
    ]);
    expect(chunks).toBe(0);
    const entries = await t.dataSource.query(
      `SELECT action, actor_id, before FROM audit_entries WHERE subject_type = 'document' AND subject_id = $1`,
      [stored.id],
    );
    expect(entries).toEqual([
      {
        action: 'deleted',
        actor_id: userId.admin,
        before: expect.objectContaining({ fileName: 'radera.pdf', parentType: 'meeting-item', parentId: meetingItem }),
      },
    ]);
    await t.http
      .delete(`/api/documents/${stored.id}`)
      .set('Authorization', as.admin as string)
      .expect(404);
  });

  it('files go with the agenda item or meeting item they are attached to', async () => {
    const committee = as.committee as string;
    const item = (
      await t.http
        .post(`/api/conferences/${conference}/agenda/items`)
        .set('Authorization', committee)
        .send({ titleSv: 'Tillfälligt', type: 'seminar' })
        .expect(201)
    ).body.id as string;
    const onItem = (await upload('committee', 'agenda-item', item, 'a.pdf', pdf(1000)).expect(201)).body.id as string;
    const meeting = await t.http
      .post('/api/meetings')
      .set('Authorization', committee)
      .send({ title: 'Kort möte', startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(), participantIds: [] })
      .expect(201);
    const added = (
      await t.http
        .post(`/api/meetings/${meeting.body.id}/items`)
        .set('Authorization', committee)
        .send({ kind: 'other', title: 'Bort' })
        .expect(201)
    ).body;
    const meetingItemId = added.items.at(-1).id as string;
    const onMeetingItem = (await upload('committee', 'meeting-item', meetingItemId, 'b.pdf', pdf(1000)).expect(201)).body.id as string;
    const kept = (await upload('committee', 'meeting-item', meetingItem, 'kvar.pdf', pdf(1000)).expect(201)).body.id as string;

    await t.http
      .delete(`/api/agenda-items/${item}`)
      .set('Authorization', committee)
      .expect((r) => expect(r.status).toBeLessThan(300));
    await t.http
      .delete(`/api/meetings/${meeting.body.id}/items/${meetingItemId}`)
      .set('Authorization', committee)
      .expect((r) => expect(r.status).toBeLessThan(300));
    const rows: { id: string }[] = await t.dataSource.query(`SELECT id FROM documents WHERE id = ANY($1::uuid[])`, [
      [onItem, onMeetingItem, kept],
    ]);
    expect(rows.map((r) => r.id)).toEqual([kept]);
    const [{ chunks }] = await t.dataSource.query(
      `SELECT count(*)::int AS chunks FROM document_chunks WHERE document_id = ANY($1::uuid[])`,
      [[onItem, onMeetingItem]],
    );
    expect(chunks).toBe(0);
  });
});
