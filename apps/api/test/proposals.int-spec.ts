import type { ProposalResponse, ReviewsResponse } from '@samverkan/proposals/contract';
import { createConference } from './support/factories';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

describe('proposals and reviews', () => {
  let t: TestApp;
  let admin: string;
  let committee: string;
  let council: string;
  let council2: string;
  let council3: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login(DEMO.admin);
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
    for (const [email, name] of [
      ['rad2@demo.samverkan.se', 'Rådsledamot Två'],
      ['rad3@demo.samverkan.se', 'Rådsledamot Tre'],
    ]) {
      await t.http
        .post('/api/users')
        .set('Authorization', admin)
        .send({ email, name, password: 'long-enough-password', roles: ['programme-council'] })
        .expect(201);
    }
    council2 = await t.login('rad2@demo.samverkan.se', 'long-enough-password');
    council3 = await t.login('rad3@demo.samverkan.se', 'long-enough-password');
  });
  afterAll(() => t.close());

  const propose = (bearer: string, overrides: Record<string, unknown> = {}) =>
    t.http
      .post('/api/proposals')
      .set('Authorization', bearer)
      .send({
        kind: 'theme',
        title: 'Vätgas och elnät',
        summary: 'Hur industrikommunerna kan säkra elförsörjningen.',
        focusAreaCodes: ['infrastructure', 'green-transition'],
        ...overrides,
      });

  it('runs draft → submitted → in review, edited only by the proposer in draft or returned', async () => {
    const created = await propose(council).expect(201);
    const proposal = created.body as ProposalResponse;
    expect(proposal).toMatchObject({
      state: 'draft',
      focusAreaCodes: ['infrastructure', 'green-transition'],
      can: { edit: true, submit: true, review: false },
    });

    expect(proposal.createdAt).toMatch(/T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);

    // Others do not see a draft at all.
    for (const bearer of [council2, committee]) {
      const hidden = await t.http.get(`/api/proposals/${proposal.id}`).set('Authorization', bearer).expect(404);
      expect(hidden.body).toMatchObject({ code: 'proposals.not-found', message: expect.stringContaining('Förslaget finns inte.') });
    }
    expect((await t.http.get(`/api/proposals/${proposal.id}`).expect(404)).body.code).toBe('request.not-found');
    // An id that is not a UUID names nothing: 404 on reads and writes alike.
    await t.http.get('/api/proposals/not-a-uuid').set('Authorization', council).expect(404);
    expect((await t.http.patch('/api/proposals/not-a-uuid').set('Authorization', council).send({ title: 'x' }).expect(404)).body.code).toBe(
      'request.not-found',
    );

    await t.http
      .patch(`/api/proposals/${proposal.id}`)
      .set('Authorization', council)
      .send({ title: 'Vätgas, elnät och industrin' })
      .expect(200);
    await t.http.post(`/api/proposals/${proposal.id}/submit`).set('Authorization', council).expect(200);
    const late = await t.http
      .patch(`/api/proposals/${proposal.id}`)
      .set('Authorization', council)
      .send({ title: 'Efter inlämning' })
      .expect(422);
    expect(late.body).toMatchObject({
      code: 'proposals.not-editable',
      message: 'Förslaget kan bara ändras som utkast eller när det har skickats tillbaka.',
    });
    const foreign = await t.http
      .patch(`/api/proposals/${proposal.id}`)
      .set('Authorization', council2)
      .send({ title: 'Någon annans' })
      .expect(403);
    expect(foreign.body).toMatchObject({ code: 'proposals.not-proposer', message: 'Bara förslagsställaren kan ändra förslaget.' });
    const again = await t.http.post(`/api/proposals/${proposal.id}/submit`).set('Authorization', council).expect(422);
    expect(again.body.code).toBe('proposals.not-submittable');

    const visible = await t.http.get(`/api/proposals/${proposal.id}`).set('Authorization', council2).expect(200);
    expect(visible.body).toMatchObject({ state: 'submitted', title: 'Vätgas, elnät och industrin', can: { edit: false, review: true } });
    await t.http.get(`/api/proposals/${proposal.id}`).expect(404);

    await t.http
      .put(`/api/proposals/${proposal.id}/reviews/mine`)
      .set('Authorization', council2)
      .send({ relevance: 5, quality: 4, feasibility: 3, text: 'Mycket relevant.' })
      .expect(200);
    expect((await t.http.get(`/api/proposals/${proposal.id}`).set('Authorization', council).expect(200)).body.state).toBe('in-review');
    const log = await t.http.get(`/api/proposals/${proposal.id}/audit`).set('Authorization', committee).expect(200);
    expect(log.body.map((e: { action: string }) => e.action)).toEqual(['created', 'edited', 'submitted', 'review.created', 'state']);
    expect(log.body[2]).toMatchObject({ actorName: 'Pelle Programråd', before: { state: 'draft' }, after: { state: 'submitted' } });
  });

  it('keeps scores hidden from a council member until they have reviewed, and never lets the proposer review', async () => {
    const { body: proposal } = await propose(council, { title: 'Kompetens i industrin', focusAreaCodes: ['skills'] }).expect(201);
    await t.http.post(`/api/proposals/${proposal.id}/submit`).set('Authorization', council).expect(200);
    const own = await t.http
      .put(`/api/proposals/${proposal.id}/reviews/mine`)
      .set('Authorization', council)
      .send({ relevance: 5, quality: 5, feasibility: 5, text: 'Mitt eget!' })
      .expect(403);
    expect(own.body).toMatchObject({ code: 'proposals.own-proposal-review', message: 'Du kan inte granska ditt eget förslag.' });
    const notCouncil = await t.http
      .put(`/api/proposals/${proposal.id}/reviews/mine`)
      .set('Authorization', committee)
      .send({ relevance: 5, quality: 5, feasibility: 5, text: 'Utskottet' })
      .expect(403);
    expect(notCouncil.body.code).toBe('auth.forbidden');
    await t.http
      .put(`/api/proposals/${proposal.id}/reviews/mine`)
      .set('Authorization', council2)
      .send({ relevance: 4, quality: 2, feasibility: 3, text: 'Bra men tunt.' })
      .expect(200);
    await t.http
      .put(`/api/proposals/${proposal.id}/reviews/mine`)
      .set('Authorization', council2)
      .send({ relevance: 9, quality: 2, feasibility: 3, text: 'x' })
      .expect(400);

    const before = (await t.http.get(`/api/proposals/${proposal.id}/reviews`).set('Authorization', council3).expect(200))
      .body as ReviewsResponse;
    expect(before).toEqual({ mine: null, reviews: [], count: 1, stats: null });
    const listBefore = await t.http.get('/api/proposals?search=Kompetens').set('Authorization', council3).expect(200);
    expect(listBefore.body.items[0].scores).toBeNull();

    await t.http
      .put(`/api/proposals/${proposal.id}/reviews/mine`)
      .set('Authorization', council3)
      .send({ relevance: 2, quality: 4, feasibility: 5, text: 'Genomförbart.' })
      .expect(200);
    const after = (await t.http.get(`/api/proposals/${proposal.id}/reviews`).set('Authorization', council3).expect(200))
      .body as ReviewsResponse;
    expect(after.mine).toMatchObject({ relevance: 2, quality: 4 });
    expect(after.reviews.map((r) => r.reviewerName)).toEqual(['Rådsledamot Två']);

    const forCommittee = (await t.http.get(`/api/proposals/${proposal.id}/reviews`).set('Authorization', committee).expect(200))
      .body as ReviewsResponse;
    expect(forCommittee.stats).toEqual({
      relevance: { mean: 3, median: 3, count: 2 },
      quality: { mean: 3, median: 3, count: 2 },
      feasibility: { mean: 4, median: 4, count: 2 },
    });
    // Editing a review replaces it (one review per member).
    await t.http
      .put(`/api/proposals/${proposal.id}/reviews/mine`)
      .set('Authorization', council3)
      .send({ relevance: 4, quality: 4, feasibility: 5, text: 'Ändrat.' })
      .expect(200);
    const edited = (await t.http.get(`/api/proposals/${proposal.id}/reviews`).set('Authorization', committee)).body as ReviewsResponse;
    expect(edited.count).toBe(2);
    expect(edited.stats?.relevance).toEqual({ mean: 4, median: 4, count: 2 });
  });

  it('keeps the blind review in the audit trail: no other reviewer’s name or scores before one’s own review', async () => {
    const { body: proposal } = await propose(council, { title: 'Blind granskning', focusAreaCodes: ['skills'] }).expect(201);
    await t.http.post(`/api/proposals/${proposal.id}/submit`).set('Authorization', council).expect(200);
    await t.http
      .put(`/api/proposals/${proposal.id}/reviews/mine`)
      .set('Authorization', council2)
      .send({ relevance: 4, quality: 1, feasibility: 3, text: 'Hemligt omdöme.' })
      .expect(200);
    const auditOf = async (bearer: string) =>
      (await t.http.get(`/api/proposals/${proposal.id}/audit`).set('Authorization', bearer).expect(200)).body as {
        action: string;
        actorName: string | null;
        after: Record<string, unknown> | null;
      }[];
    // Neither a council member who has not reviewed nor the proposer (before a decision) learns who reviewed or how.
    for (const bearer of [council3, council]) {
      const trail = await auditOf(bearer);
      expect(trail.some((e) => e.action.startsWith('review.'))).toBe(false);
      expect(JSON.stringify(trail)).not.toContain('Rådsledamot Två');
      expect(trail.find((e) => e.action === 'state' && e.after?.['state'] === 'in-review')).toMatchObject({ actorName: null });
    }
    // The committee sees the whole trail, and so does a council member once their own review is in.
    expect((await auditOf(committee)).filter((e) => e.action === 'review.created').map((e) => e.actorName)).toEqual(['Rådsledamot Två']);
    await t.http
      .put(`/api/proposals/${proposal.id}/reviews/mine`)
      .set('Authorization', council3)
      .send({ relevance: 3, quality: 3, feasibility: 3, text: 'Mitt.' })
      .expect(200);
    const afterOwn = await auditOf(council3);
    expect(afterOwn.filter((e) => e.action === 'review.created').map((e) => e.actorName)).toEqual(['Rådsledamot Två', 'Rådsledamot Tre']);
  });

  it('threads comments for members, and validates every write without writing anything', async () => {
    const { body: proposal } = await propose(council, { title: 'Samverkan med regionen', focusAreaCodes: ['cooperation'] }).expect(201);
    await t.http.post(`/api/proposals/${proposal.id}/comments`).set('Authorization', council2).send({ body: 'Hej' }).expect(404);
    const onDraft = await t.http
      .post(`/api/proposals/${proposal.id}/comments`)
      .set('Authorization', council)
      .send({ body: 'Hej' })
      .expect(422);
    expect(onDraft.body.code).toBe('proposals.draft-not-commentable');
    await t.http.post(`/api/proposals/${proposal.id}/submit`).set('Authorization', council).expect(200);
    await t.http
      .post(`/api/proposals/${proposal.id}/comments`)
      .set('Authorization', council2)
      .send({ body: 'Kan vi bjuda in Tillväxtverket?' })
      .expect(201);
    await t.http.post(`/api/proposals/${proposal.id}/comments`).set('Authorization', committee).send({ body: 'Bra idé.' }).expect(201);
    const thread = await t.http.get(`/api/proposals/${proposal.id}/comments`).set('Authorization', council).expect(200);
    expect(thread.body.map((c: { authorName: string; body: string }) => [c.authorName, c.body])).toEqual([
      ['Rådsledamot Två', 'Kan vi bjuda in Tillväxtverket?'],
      ['Ulla Utskott', 'Bra idé.'],
    ]);
    await t.http.get(`/api/proposals/${proposal.id}/comments`).expect(404);

    const counts = await rowCounts(t.dataSource);
    const bad = await propose(council, {
      kind: 'poem',
      focusAreaCodes: [],
      durationMinutes: 2,
      speakers: [{ name: '' }],
      extra: true,
    }).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['durationMinutes', 'extra', 'focusAreaCodes', 'kind', 'speakers.0.name']);
    const unknownConference = await propose(council, { targetConferenceId: '00000000-0000-4000-8000-000000000000' }).expect(422);
    expect(unknownConference.body).toMatchObject({
      code: 'proposals.unknown-conference',
      message: 'Konferensen finns inte. Välj en annan konferens.',
      errors: { targetConferenceId: 'unknown' },
    });
    const inEnglish = await propose(council, { targetConferenceId: '00000000-0000-4000-8000-000000000000' })
      .set('Accept-Language', 'en')
      .expect(422);
    expect(inEnglish.body.message).toBe('That conference does not exist. Choose another conference.');
    await propose(committee).expect(403);
    await t.http.post('/api/proposals').send({}).expect(401);
    expect(await rowCounts(t.dataSource)).toEqual(counts);
  });

  it('filters and searches the list, and loads it in a constant number of queries', async () => {
    const conference = await createConference(t, committee);
    for (let i = 0; i < 12; i++) {
      const { body } = await propose(council, {
        title: `Förslag nummer ${i}`,
        targetConferenceId: conference.id,
        focusAreaCodes: i % 2 ? ['skills'] : ['digitalisation'],
      }).expect(201);
      await t.http.post(`/api/proposals/${body.id}/submit`).set('Authorization', council).expect(200);
      await t.http
        .post(`/api/proposals/${body.id}/comments`)
        .set('Authorization', council2)
        .send({ body: `Kommentar ${i}` })
        .expect(201);
      await t.http
        .put(`/api/proposals/${body.id}/reviews/mine`)
        .set('Authorization', council2)
        .send({ relevance: 1 + (i % 5), quality: 3, feasibility: 3, text: 'Granskat.' })
        .expect(200);
    }
    const byConference = await t.http
      .get(`/api/proposals?conferenceId=${conference.id}&limit=100`)
      .set('Authorization', committee)
      .expect(200);
    expect(byConference.body.total).toBe(12);
    const digital = await t.http
      .get(`/api/proposals?conferenceId=${conference.id}&focusArea=digitalisation`)
      .set('Authorization', committee)
      .expect(200);
    expect(digital.body.total).toBe(6);
    expect(digital.body.items.every((p: { focusAreaCodes: string[] }) => p.focusAreaCodes.includes('digitalisation'))).toBe(true);
    const search = await t.http.get('/api/proposals?search=nummer 1').set('Authorization', committee).expect(200);
    expect(search.body.items.map((p: { title: string }) => p.title).sort()).toEqual([
      'Förslag nummer 1',
      'Förslag nummer 10',
      'Förslag nummer 11',
    ]);

    const queriesFor = async (limit: number) => {
      t.queries.reset();
      const res = await t.http.get(`/api/proposals?limit=${limit}`).set('Authorization', committee).expect(200);
      const count = t.queries.queries;
      return { count, items: res.body.items.length };
    };
    const small = await queriesFor(2);
    const large = await queriesFor(100);
    expect(large.items).toBeGreaterThan(small.items);
    expect(large.count).toBe(small.count);
    // The page and its total, and the gap marker's three: the next conference, focus areas, programme items.
    expect(large.count).toBeLessThanOrEqual(7);
    await t.http.get('/api/proposals').expect(401);
  });

  it('treats quotes, SQL and wildcards in a search as text to find', async () => {
    const tricky = `O'Brien's "plan"; DROP TABLE proposals; --`;
    const { body } = await propose(council, { title: tricky }).expect(201);
    await t.http.post(`/api/proposals/${body.id}/submit`).set('Authorization', council).expect(200);
    const search = (text: string) =>
      t.http.get('/api/proposals').query({ search: text, limit: 500 }).set('Authorization', committee).expect(200);

    for (const text of [`O'Brien's`, `"plan"; DROP TABLE proposals; --`, tricky]) {
      const found = await search(text);
      expect(found.body.items.map((p: { id: string }) => p.id)).toEqual([body.id]);
      expect(found.body.total).toBe(1);
    }
    expect((await search(`' OR '1'='1`)).body.total).toBe(0);
    // Wildcards match themselves: no title has a percent sign or an underscore.
    expect((await search('%')).body.total).toBe(0);
    expect((await search('_')).body.total).toBe(0);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM proposals WHERE id = $1`, [body.id]))[0].n).toBe(1);
  });

  it('lets the proposer withdraw, but not after a decision', async () => {
    const { body } = await propose(council, { title: 'Dras tillbaka' }).expect(201);
    await t.http.post(`/api/proposals/${body.id}/submit`).set('Authorization', council).expect(200);
    expect((await t.http.post(`/api/proposals/${body.id}/withdraw`).set('Authorization', council2).expect(403)).body.code).toBe(
      'proposals.not-proposer',
    );
    const withdrawn = await t.http.post(`/api/proposals/${body.id}/withdraw`).set('Authorization', council).expect(200);
    expect(withdrawn.body.state).toBe('withdrawn');
    const twice = await t.http.post(`/api/proposals/${body.id}/withdraw`).set('Authorization', council).expect(422);
    expect(twice.body.code).toBe('proposals.not-withdrawable');
    const review = await t.http
      .put(`/api/proposals/${body.id}/reviews/mine`)
      .set('Authorization', council2)
      .send({ relevance: 3, quality: 3, feasibility: 3, text: 'För sent.' })
      .expect(422);
    expect(review.body.code).toBe('proposals.not-reviewable');
  });
});
