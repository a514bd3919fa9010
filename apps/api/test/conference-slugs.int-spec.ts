import { DataSource } from 'typeorm';
import { conferenceSlugBase } from '@samverkan/conferences/api';
import { BACKFILL_CONFERENCE_SLUGS_SQL } from '../src/database/migrations/1795960000000-ConferenceSlugs';
import { conferenceBody, createConference } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

/** Readable conference addresses: made from the title and year, unique, stable once published, found by the API. */
describe('conference slugs', () => {
  let t: TestApp;
  let committee: string;
  const startsIn2031 = { startsAt: '2031-05-12T09:00:00+02:00', endsAt: '2031-05-13T16:00:00+02:00' };

  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
  });
  afterAll(() => t.close());

  it('makes the address from the Swedish title and the year, and numbers a second conference of the same name', async () => {
    const first = await createConference(t, committee, { titleSv: 'Höstmötet i Västerås', ...startsIn2031 });
    const second = await createConference(t, committee, { titleSv: 'Höstmötet i Västerås!', ...startsIn2031 });
    expect(first.slug).toBe('hostmotet-i-vasteras-2031');
    expect(second.slug).toBe('hostmotet-i-vasteras-2031-2');
  });

  it('gives parallel creations of one title different addresses', async () => {
    const bodies = Array.from({ length: 4 }, () => conferenceBody({ titleSv: 'Samtidigt skapad', ...startsIn2031 }));
    const answers = await Promise.all(bodies.map((body) => t.http.post('/api/conferences').set('Authorization', committee).send(body)));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.slug))).toEqual(
      new Set(['samtidigt-skapad-2031', 'samtidigt-skapad-2031-2', 'samtidigt-skapad-2031-3', 'samtidigt-skapad-2031-4']),
    );
  });

  it('follows the title while a draft, and keeps the shared address once published', async () => {
    const draft = await createConference(t, committee, { titleSv: 'Arbetsnamn', ...startsIn2031 }, false);
    const renamed = await t.http
      .patch(`/api/conferences/${draft.id}`)
      .set('Authorization', committee)
      .send({ titleSv: 'Industridagen' })
      .expect(200);
    expect(renamed.body.slug).toBe('industridagen-2031');
    await t.http.post(`/api/conferences/${draft.id}/publish`).set('Authorization', committee).expect(200);
    const after = await t.http
      .patch(`/api/conferences/${draft.id}`)
      .set('Authorization', committee)
      .send({ titleSv: 'Industridagen – nytt namn' })
      .expect(200);
    expect(after.body.slug).toBe('industridagen-2031');
  });

  it('finds a published conference by its address for anyone, and a draft only for staff', async () => {
    const published = await createConference(t, committee, { titleSv: 'Publik konferens', ...startsIn2031 });
    const draft = await createConference(t, committee, { titleSv: 'Hemligt utkast', ...startsIn2031 }, false);
    const found = await t.http.get(`/api/conferences/by-slug/${published.slug}`).expect(200);
    expect(found.body.id).toBe(published.id);
    expect(found.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const hidden = await t.http.get(`/api/conferences/by-slug/${draft.slug}`).expect(404);
    expect(hidden.body.code).toBe('conferences.not-found');
    await t.http.get(`/api/conferences/by-slug/${draft.slug}`).set('Authorization', committee).expect(200);
  });

  it('answers an unknown or malformed address with 404, never 500', async () => {
    for (const slug of ['finns-inte-2031', 'Stora%20Bokstaver', '..%2F..%2Fetc', 'x'.repeat(300)]) {
      const res = await t.http.get(`/api/conferences/by-slug/${slug}`);
      expect([res.status, res.body.code]).toEqual([404, 'conferences.not-found']);
    }
  });

  it('gives copies their own address', async () => {
    const original = await createConference(t, committee, { titleSv: 'Årlig träff', ...startsIn2031 });
    const copy = await t.http
      .post(`/api/conferences/${original.id}/copy`)
      .set('Authorization', committee)
      .send({ startsAt: '2032-05-10T09:00:00+02:00' })
      .expect(201);
    const copied = await t.http.get(`/api/conferences/${copy.body.id}`).set('Authorization', committee).expect(200);
    expect(copied.body.slug).toBe('arlig-traff-2032');
  });

  it('backfills existing rows in the migration by the same rule, numbering repeats in order of creation', async () => {
    const ds: DataSource = t.dataSource;
    const schema = `slugs_${Date.now()}`;
    await ds.query(`CREATE SCHEMA ${schema}`);
    try {
      await ds.query(
        `CREATE TABLE ${schema}.conferences (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), title_sv varchar(300) NOT NULL,
           starts_at timestamptz NOT NULL, created_at timestamptz NOT NULL, slug varchar(80))`,
      );
      await ds.query(
        `INSERT INTO ${schema}.conferences (title_sv, starts_at, created_at) VALUES
           ('Industrikommunernas vårkonferens', '2027-04-20T07:30:00Z', '2026-01-01'),
           ('Industrikommunernas  Vårkonferens', '2027-04-21T07:30:00Z', '2026-01-02'),
           ('Nyår 2028', '2027-12-31T23:30:00Z', '2026-01-03'),
           ('Ærø & Øresund – Grüße', '2027-06-01T10:00:00Z', '2026-01-04'),
           ('${'Kompetensförsörjning '.repeat(10)}', '2027-06-01T10:00:00Z', '2026-01-05')`,
      );
      await ds.query(`SET search_path TO ${schema}`);
      await ds.query(BACKFILL_CONFERENCE_SLUGS_SQL);
      await ds.query(`SET search_path TO public`);
      const rows: Array<{ slug: string }> = await ds.query(`SELECT slug FROM ${schema}.conferences ORDER BY created_at`);
      expect(rows.map((r) => r.slug)).toEqual([
        'industrikommunernas-varkonferens-2027',
        'industrikommunernas-varkonferens-2027-2',
        // 23:30 UTC on 31 December is 00:30 on New Year's Day in Stockholm: the year is 2028, already in the title.
        'nyar-2028',
        'aero-oresund-grusse-2027',
        // A long title is cut at a word, as the API's own rule does.
        conferenceSlugBase('Kompetensförsörjning '.repeat(10), 2027),
      ]);
      expect(rows[4].slug).toBe('kompetensforsorjning-kompetensforsorjning-kompetensforsorjning-2027');
    } finally {
      await ds.query(`SET search_path TO public`);
      await ds.query(`DROP SCHEMA ${schema} CASCADE`);
    }
  });
});
