import type {
  CallResponse,
  CallSubmissionReceivedResponse,
  CallSubmissionResponse,
  CreateCallRequest,
  CreateCallSubmissionRequest,
  ProposalResponse,
} from '@samverkan/proposals/contract';
import { CallSubmissionDocumentPolicy } from '@samverkan/proposals/api';
import { createConference } from './support/factories';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
let addressCounter = 0;
/** A client address of its own per request (TRUST_PROXY=1), so only the address-limit test shares one. */
const freshAddress = () => `203.0.113.${(addressCounter++ % 250) + 1}`;

function callBody(overrides: Partial<CreateCallRequest> = {}): CreateCallRequest {
  return {
    titleSv: 'Upprop: kompetensförsörjning 2027',
    titleEn: 'Call: skills supply 2027',
    textSv: 'Skicka in förslag på programpunkter om kompetensförsörjning i industrikommuner.',
    textEn: 'Send proposals for programme items on skills supply in industrial municipalities.',
    opensAt: at(-1),
    closesAt: at(10),
    focusAreaCodes: ['skills', 'cooperation'],
    ...overrides,
  };
}

function submissionBody(n: number | string, overrides: Partial<CreateCallSubmissionRequest> = {}): CreateCallSubmissionRequest {
  return {
    name: `Siv Sökande ${n}`,
    organisationName: 'Gnosjö kommun',
    email: `siv${n}@gnosjo.se`,
    title: `Lärlingar i småindustrin ${n}`,
    summary: 'Hur små industrikommuner bygger lärlingsprogram tillsammans med företagen.',
    focusAreaCodes: ['skills'],
    ...overrides,
  };
}

describe('open calls for proposals', () => {
  let t: TestApp;
  let committee: string;
  let council: string;
  let admin: string;
  let conferenceId: string;
  let call: CallResponse;

  const mails = (to: string): Promise<{ subject: string; text: string }[]> =>
    t.dataSource.query(`SELECT subject, text FROM outbox_messages WHERE "to" = $1 ORDER BY created_at`, [to]);
  const linkToken = (text: string) => /\/upprop\/bekrafta\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] as string;
  const submit = (callId: string, body: CreateCallSubmissionRequest, address = freshAddress()) =>
    t.http.post(`/api/calls/${callId}/submissions`).set('X-Forwarded-For', address).send(body);

  /** Submits and follows the mailed link; returns the submission's id. */
  async function confirmed(callId: string, n: string, overrides: Partial<CreateCallSubmissionRequest> = {}): Promise<string> {
    const res = await submit(callId, submissionBody(n, overrides)).expect(202);
    const [mail] = await mails(overrides.email ?? `siv${n}@gnosjo.se`);
    await t.http
      .post('/api/call-submissions/confirm')
      .send({ token: linkToken(mail.text) })
      .expect(200);
    return (res.body as CallSubmissionReceivedResponse).submissionId;
  }

  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '1', CALL_SUBMISSIONS_PER_ADDRESS: '3', CALL_SUBMISSIONS_PER_EMAIL: '2' });
    [committee, council, admin] = await Promise.all([t.login(DEMO.committee), t.login(DEMO.council), t.login(DEMO.admin)]);
    conferenceId = (await createConference(t, committee)).id;
    call = (await t.http.post(`/api/conferences/${conferenceId}/calls`).set('Authorization', committee).send(callBody()).expect(201)).body;
  });
  afterAll(() => t?.close());

  describe('the call', () => {
    it('is opened by staff with its texts, period and focus areas', async () => {
      expect(call).toMatchObject({
        conferenceId,
        titleSv: 'Upprop: kompetensförsörjning 2027',
        titleEn: 'Call: skills supply 2027',
        open: true,
        conferenceTitleSv: 'Testkonferensen',
      });
      expect(call.focusAreas.map((a) => a.code)).toEqual(['skills', 'cooperation']);
      expect(call.focusAreas[0].titleSv).toBeTruthy();
      const listed = (await t.http.get(`/api/conferences/${conferenceId}/calls`).set('Authorization', council).expect(200))
        .body as CallResponse[];
      expect(listed.map((c) => c.id)).toContain(call.id);
      const all = (await t.http.get('/api/calls').set('Authorization', council).expect(200)).body as CallResponse[];
      expect(all.find((c) => c.id === call.id)).toEqual(call);
      await t.http.get('/api/calls').expect(401);
    });

    it('is opened only by calls.manage (committee, admin), not the council nor anonymous', async () => {
      const before = await rowCounts(t.dataSource);
      await t.http.post(`/api/conferences/${conferenceId}/calls`).set('Authorization', council).send(callBody()).expect(403);
      await t.http.post(`/api/conferences/${conferenceId}/calls`).send(callBody()).expect(401);
      expect((await rowCounts(t.dataSource))['calls']).toBe(before['calls']);
      await t.http
        .post(`/api/conferences/${conferenceId}/calls`)
        .set('Authorization', admin)
        .send(callBody({ titleSv: 'Adminupprop' }))
        .expect(201);
    });

    it('refuses bad input with codes and writes nothing', async () => {
      const before = await rowCounts(t.dataSource);
      const period = await t.http
        .post(`/api/conferences/${conferenceId}/calls`)
        .set('Authorization', committee)
        .send(callBody({ opensAt: at(5), closesAt: at(4) }))
        .expect(400);
      expect(period.body).toMatchObject({ code: 'calls.invalid-period', errors: { closesAt: 'afterOpensAt' } });
      const noOffset = await t.http
        .post(`/api/conferences/${conferenceId}/calls`)
        .set('Authorization', committee)
        .send(callBody({ opensAt: '2027-01-01T10:00:00' }))
        .expect(400);
      expect(noOffset.body.errors).toHaveProperty('opensAt');
      await t.http
        .post(`/api/conferences/${conferenceId}/calls`)
        .set('Authorization', committee)
        .send({ ...callBody(), focusAreaCodes: ['Space travel!'] })
        .expect(400);
      // Well formed, but not an area of the adopted strategy.
      const unknown = await t.http
        .post(`/api/conferences/${conferenceId}/calls`)
        .set('Authorization', committee)
        .send({ ...callBody(), focusAreaCodes: ['space-travel'] })
        .expect(422);
      expect(unknown.body).toMatchObject({ code: 'strategy.unknown-focus-area', errors: { focusAreaCodes: 'unknown' } });
      await t.http
        .post(`/api/conferences/00000000-0000-4000-8000-000000000000/calls`)
        .set('Authorization', committee)
        .send(callBody())
        .expect(404);
      expect(await rowCounts(t.dataSource)).toEqual(before);
    });

    it('is public while open, 404 to anonymous callers before and after; staff see it always', async () => {
      const later = (
        await t.http
          .post(`/api/conferences/${conferenceId}/calls`)
          .set('Authorization', committee)
          .send(callBody({ opensAt: at(2), closesAt: at(9) }))
          .expect(201)
      ).body as CallResponse;
      const ended = (
        await t.http
          .post(`/api/conferences/${conferenceId}/calls`)
          .set('Authorization', committee)
          .send(callBody({ opensAt: at(-9), closesAt: at(-2) }))
          .expect(201)
      ).body as CallResponse;
      expect(later.open).toBe(false);
      await t.http.get(`/api/calls/${call.id}`).expect(200);
      for (const hidden of [later, ended]) {
        const res = await t.http.get(`/api/calls/${hidden.id}`).expect(404);
        expect(res.body.code).toBe('calls.not-found');
        await t.http.get(`/api/calls/${hidden.id}`).set('Authorization', committee).expect(200);
        await t.http.get(`/api/calls/${hidden.id}`).set('Authorization', council).expect(200);
      }
      // Sent to a call that has closed (the page was open in a browser): 422 with a code.
      const closed = await submit(ended.id, submissionBody('ended')).expect(422);
      expect(closed.body.code).toBe('calls.closed');
      await submit(later.id, submissionBody('later')).expect(404);
      await t.http.get('/api/calls/not-a-uuid').expect(404);
    });

    it('is hidden from the public while its conference is a draft', async () => {
      const draft = await createConference(t, committee, {}, false);
      const onDraft = (await t.http.post(`/api/conferences/${draft.id}/calls`).set('Authorization', committee).send(callBody()).expect(201))
        .body as CallResponse;
      await t.http.get(`/api/calls/${onDraft.id}`).expect(404);
      await submit(onDraft.id, submissionBody('draft')).expect(404);
    });

    it('is edited and closed by staff; closing ends it at once: 404 to the public, 422 to a late submission', async () => {
      const other = (
        await t.http.post(`/api/conferences/${conferenceId}/calls`).set('Authorization', committee).send(callBody()).expect(201)
      ).body as CallResponse;
      const edited = await t.http
        .patch(`/api/calls/${other.id}`)
        .set('Authorization', committee)
        .send({ titleSv: 'Nytt namn', textEn: null })
        .expect(200);
      expect(edited.body).toMatchObject({ titleSv: 'Nytt namn', textEn: null, titleEn: 'Call: skills supply 2027' });
      await t.http.patch(`/api/calls/${other.id}`).set('Authorization', committee).send({ titleSv: null }).expect(400);
      await t.http.patch(`/api/calls/${other.id}`).set('Authorization', council).send({ titleSv: 'X' }).expect(403);
      const closed = await t.http.post(`/api/calls/${other.id}/close`).set('Authorization', committee).expect(200);
      expect(closed.body.open).toBe(false);
      expect(new Date(closed.body.closesAt).getTime()).toBeLessThanOrEqual(Date.now());
      await t.http.get(`/api/calls/${other.id}`).expect(404);
      expect((await submit(other.id, submissionBody('closed')).expect(422)).body.code).toBe('calls.closed');
      const audit = await t.dataSource.query(
        `SELECT action FROM audit_entries WHERE subject_type = 'call' AND subject_id = $1 ORDER BY created_at`,
        [other.id],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['created', 'edited', 'closed']);
    });
  });

  describe('submissions', () => {
    it('are stored pending, mail a confirmation link, and count only once it is followed', async () => {
      const res = await submit(call.id, submissionBody('a', { kind: 'theme', email: ' Siva@Gnosjo.SE ' })).expect(202);
      const received = res.body as CallSubmissionReceivedResponse;
      expect(received.uploadToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const [row] = await t.dataSource.query(
        `SELECT email, confirmed_at, confirm_token_hash, upload_token_hash, kind FROM call_submissions WHERE id = $1`,
        [received.submissionId],
      );
      expect(row).toMatchObject({ email: 'siva@gnosjo.se', confirmed_at: null, kind: 'theme' });
      const [mail] = await mails('siva@gnosjo.se');
      expect(mail.subject).toBe('Bekräfta ditt förslag: Lärlingar i småindustrin a');
      const token = linkToken(mail.text);
      expect(mail.text).toContain(`http://localhost:3000/upprop/bekrafta/${token}`);
      // Only hashes are kept.
      expect(row.confirm_token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toContain(token);
      expect(JSON.stringify(row)).not.toContain(received.uploadToken);

      const listedBefore = (await t.http.get(`/api/calls/${call.id}/submissions`).set('Authorization', council).expect(200))
        .body as CallSubmissionResponse[];
      expect(listedBefore.map((s) => s.id)).not.toContain(received.submissionId);

      const first = await t.http.post('/api/call-submissions/confirm').send({ token }).expect(200);
      expect(first.body).toMatchObject({ callId: call.id, title: 'Lärlingar i småindustrin a', alreadyConfirmed: false });
      const again = await t.http.post('/api/call-submissions/confirm').send({ token }).expect(200);
      expect(again.body).toMatchObject({ alreadyConfirmed: true, confirmedAt: first.body.confirmedAt });

      const listed = (await t.http.get(`/api/calls/${call.id}/submissions`).set('Authorization', council).expect(200))
        .body as CallSubmissionResponse[];
      expect(listed.find((s) => s.id === received.submissionId)).toMatchObject({
        status: 'confirmed',
        kind: 'theme',
        name: 'Siv Sökande a',
        decidedAt: null,
      });
    });

    it('answers 404 with a code for an unknown or expired confirmation link', async () => {
      const unknown = await t.http
        .post('/api/call-submissions/confirm')
        .send({ token: 'x'.repeat(43) })
        .expect(404);
      expect(unknown.body.code).toBe('calls.confirmation-not-found');
      await submit(call.id, submissionBody('expired')).expect(202);
      const token = linkToken((await mails('sivexpired@gnosjo.se'))[0].text);
      await t.dataSource.query(
        `UPDATE call_submissions SET confirm_expires_at = now() - interval '1 second' WHERE email = 'sivexpired@gnosjo.se'`,
      );
      const expired = await t.http.post('/api/call-submissions/confirm').send({ token }).expect(404);
      expect(expired.body.code).toBe('calls.confirmation-not-found');
      const [row] = await t.dataSource.query(`SELECT confirmed_at FROM call_submissions WHERE email = 'sivexpired@gnosjo.se'`);
      expect(row.confirmed_at).toBeNull();
    });

    it('answers a filled honeypot 202 alike, but stores and mails nothing', async () => {
      const before = await rowCounts(t.dataSource);
      const res = await submit(call.id, submissionBody('bot', { website: 'https://spam.example' })).expect(202);
      expect(res.body.submissionId).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body.uploadToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const after = await rowCounts(t.dataSource);
      expect(after['call_submissions']).toBe(before['call_submissions']);
      expect(after['outbox_messages']).toBe(before['outbox_messages']);
      expect(await mails('sivbot@gnosjo.se')).toEqual([]);
    });

    it("refuses focus areas outside the call's, bad fields, and a call not open yet, storing nothing", async () => {
      const before = await rowCounts(t.dataSource);
      const outside = await submit(call.id, submissionBody('fa', { focusAreaCodes: ['infrastructure'] })).expect(422);
      expect(outside.body).toMatchObject({ code: 'calls.focus-area-not-in-call', errors: { focusAreaCodes: 'notInCall' } });
      const invalid = await submit(call.id, { ...submissionBody('bad'), email: 'inte-en-adress', title: 'a\nb', extra: 1 } as never).expect(
        400,
      );
      expect(invalid.body.code).toBe('validation.failed');
      const missing = await submit(call.id, { name: 'Siv' } as never).expect(400);
      expect(Object.keys(missing.body.errors)).toEqual(
        expect.arrayContaining(['organisationName', 'email', 'title', 'summary', 'focusAreaCodes']),
      );
      await submit(call.id, submissionBody('kind', { kind: 'speaker' as never })).expect(400);
      const later = (
        await t.http
          .post(`/api/conferences/${conferenceId}/calls`)
          .set('Authorization', committee)
          .send(callBody({ opensAt: at(3), closesAt: at(9) }))
          .expect(201)
      ).body as CallResponse;
      await submit(later.id, submissionBody('later')).expect(404);
      const after = await rowCounts(t.dataSource);
      expect(after['call_submissions']).toBe(before['call_submissions']);
      expect(after['outbox_messages']).toBe(before['outbox_messages']);
    });

    it('limits submissions per e-mail address: 429 with a code after the configured number', async () => {
      const body = submissionBody('limit');
      await submit(call.id, body).expect(202);
      await submit(call.id, { ...body, email: 'SIVLIMIT@gnosjo.se' }).expect(202);
      const third = await submit(call.id, body).expect(429);
      expect(third.body).toMatchObject({ statusCode: 429, code: 'calls.too-many-submissions', errors: { email: 'tooMany' } });
      expect(await mails('sivlimit@gnosjo.se')).toHaveLength(2);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM call_submissions WHERE email = 'sivlimit@gnosjo.se'`,
      );
      expect(count).toBe(2);
    });

    it('limits submissions per client address: 429 after the configured number, other addresses unaffected', async () => {
      const address = '198.51.100.7';
      for (const n of [1, 2, 3]) await submit(call.id, submissionBody(`addr${n}`), address).expect(202);
      const fourth = await submit(call.id, submissionBody('addr4'), address).expect(429);
      expect(fourth.body).toMatchObject({ code: 'calls.too-many-submissions', errors: { client: 'tooMany' } });
      expect(await mails('sivaddr4@gnosjo.se')).toEqual([]);
      await submit(call.id, submissionBody('addr4')).expect(202);
    });

    it('holds the limit under concurrent submissions: exactly the configured number get through', async () => {
      const address = '198.51.100.99';
      const answers = await Promise.all(Array.from({ length: 8 }, (_, n) => submit(call.id, submissionBody(`race${n}`), address)));
      expect(answers.map((a) => a.status).sort()).toEqual([202, 202, 202, 429, 429, 429, 429, 429]);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM call_submissions WHERE email LIKE 'sivrace%'`);
      expect(count).toBe(3);
    });

    it('lets the upload token attach one file within the hour; the council reads the files', async () => {
      const res = await submit(call.id, submissionBody('upload')).expect(202);
      const { submissionId, uploadToken } = res.body as CallSubmissionReceivedResponse;
      const policy = t.app.get(CallSubmissionDocumentPolicy);
      const manager = t.dataSource.manager;
      const councilUser = { id: 'x', roles: ['programme-council'] };
      expect(await policy.mayAttach({ token: 'y'.repeat(43) }, submissionId, manager)).toBe(false);
      expect(await policy.mayRead({ token: uploadToken }, submissionId, manager)).toBe(false);
      expect(await policy.mayAttach({ token: uploadToken }, submissionId, manager)).toBe(true);
      expect(await policy.mayAttach({ token: uploadToken }, submissionId, manager)).toBe(false);
      expect(await policy.mayRead({ user: councilUser }, submissionId, manager)).toBe(true);
      expect(await policy.mayAttach({ user: councilUser }, submissionId, manager)).toBe(true);
      expect(await policy.mayRead({}, submissionId, manager)).toBe(false);

      // Through the route: one file with the token, not a second; the council lists and opens it.
      const other = (await submit(call.id, submissionBody('upload2')).expect(202)).body as CallSubmissionReceivedResponse;
      const file = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
      const attach = (id: string, token: string) =>
        t.http
          .post('/api/documents')
          .field('parentType', 'call-submission')
          .field('parentId', id)
          .field('token', token)
          .attach('file', file, 'Underlag.pdf');
      await attach(other.submissionId, uploadToken).expect(404);
      const stored = (await attach(other.submissionId, other.uploadToken).expect(201)).body as { id: string };
      await attach(other.submissionId, other.uploadToken).expect(404);
      await t.http
        .get('/api/documents')
        .query({ parentType: 'call-submission', parentId: other.submissionId, token: other.uploadToken })
        .expect(404);
      const listed = await t.http
        .get('/api/documents')
        .query({ parentType: 'call-submission', parentId: other.submissionId })
        .set('Authorization', council)
        .expect(200);
      expect(listed.body.map((d: { id: string; fileName: string }) => [d.id, d.fileName])).toEqual([[stored.id, 'Underlag.pdf']]);
      expect(listed.headers['cache-control']).toBe('no-store');
      await t.http.get(`/api/documents/${stored.id}`).set('Authorization', council).expect(200);
      await t.http.get(`/api/documents/${stored.id}`).expect(404);

      const late = (await submit(call.id, submissionBody('late')).expect(202)).body as CallSubmissionReceivedResponse;
      await t.dataSource.query(`UPDATE call_submissions SET upload_expires_at = now() - interval '1 second' WHERE id = $1`, [
        late.submissionId,
      ]);
      expect(await policy.mayAttach({ token: late.uploadToken }, late.submissionId, manager)).toBe(false);
      expect(await policy.mayAttach({ token: late.uploadToken }, submissionId, manager)).toBe(false);
    });
  });

  describe("the council's decisions", () => {
    it('accepts a submission as a draft council proposal with its origin, and mails the sender', async () => {
      const id = await confirmed(call.id, 'acc', { kind: 'theme', focusAreaCodes: ['skills', 'cooperation'] });
      const accepted = await t.http.post(`/api/call-submissions/${id}/accept`).set('Authorization', council).expect(200);
      expect(accepted.body).toMatchObject({ status: 'accepted', decidedByName: expect.any(String) });
      const proposalId = accepted.body.proposalId as string;
      const proposal = (await t.http.get(`/api/proposals/${proposalId}`).set('Authorization', council).expect(200))
        .body as ProposalResponse;
      expect(proposal).toMatchObject({
        kind: 'theme',
        state: 'draft',
        title: 'Lärlingar i småindustrin acc',
        summary: 'Hur små industrikommuner bygger lärlingsprogram tillsammans med företagen.',
        targetConferenceId: conferenceId,
        origin: { submissionId: id, callId: call.id, submitterName: 'Siv Sökande acc', organisationName: 'Gnosjö kommun' },
      });
      expect(proposal.focusAreaCodes.sort()).toEqual(['cooperation', 'skills']);
      const sent = await mails('sivacc@gnosjo.se');
      expect(sent.map((m) => m.subject)).toEqual([
        'Bekräfta ditt förslag: Lärlingar i småindustrin acc',
        'Ditt förslag har tagits upp: Lärlingar i småindustrin acc',
      ]);

      const again = await t.http.post(`/api/call-submissions/${id}/accept`).set('Authorization', council).expect(409);
      expect(again.body.code).toBe('calls.already-decided');
      await t.http.post(`/api/call-submissions/${id}/decline`).set('Authorization', council).send({ reason: 'Ändrade oss.' }).expect(409);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM proposals WHERE title = 'Lärlingar i småindustrin acc'`,
      );
      expect(count).toBe(1);
      expect(await mails('sivacc@gnosjo.se')).toHaveLength(2);
    });

    it('shows the origin in the theme lineage once the accepted proposal becomes a theme', async () => {
      const id = await confirmed(call.id, 'lin', { kind: 'theme' });
      const { proposalId } = (await t.http.post(`/api/call-submissions/${id}/accept`).set('Authorization', council).expect(200))
        .body as CallSubmissionResponse;
      // The committee's decision (committee.int-spec covers the meeting): the accepted proposal and its theme.
      await t.dataSource.query(`UPDATE proposals SET state = 'accepted', decided_at = now() WHERE id = $1`, [proposalId]);
      await t.dataSource.query(
        `INSERT INTO themes (conference_id, title_sv, position, source_proposal_id) VALUES ($1, 'Lärlingar', 99, $2)`,
        [conferenceId, proposalId],
      );
      const forCouncil = (await t.http.get(`/api/conferences/${conferenceId}/lineage`).set('Authorization', council).expect(200)).body;
      expect(forCouncil.find((l: { proposalId: string }) => l.proposalId === proposalId).origin).toMatchObject({
        submitterName: 'Siv Sökande lin',
        organisationName: 'Gnosjö kommun',
      });
      const publicly = (await t.http.get(`/api/conferences/${conferenceId}/lineage`).expect(200)).body;
      const line = publicly.find((l: { origin: unknown }) => l.origin);
      expect(line.origin).toMatchObject({ submitterName: null, organisationName: null });
    });

    it('declines with a reason, mailed as plain text; a second decision is 409', async () => {
      const id = await confirmed(call.id, 'dec');
      const before = await rowCounts(t.dataSource);
      const reason = 'Ligger utanför årets tema.\nVälkommen tillbaka nästa år!';
      const declined = await t.http.post(`/api/call-submissions/${id}/decline`).set('Authorization', council).send({ reason }).expect(200);
      expect(declined.body).toMatchObject({ status: 'declined', declineReason: reason, proposalId: null });
      expect((await rowCounts(t.dataSource))['proposals']).toBe(before['proposals']);
      const last = (await mails('sivdec@gnosjo.se')).at(-1);
      expect(last?.subject).toBe('Om ditt förslag: Lärlingar i småindustrin dec');
      expect(last?.text).toContain(`Motivering: ${reason}`);
      const again = await t.http
        .post(`/api/call-submissions/${id}/decline`)
        .set('Authorization', council)
        .send({ reason: 'Igen, igen.' })
        .expect(409);
      expect(again.body.code).toBe('calls.already-decided');
      await t.http.post(`/api/call-submissions/${id}/decline`).set('Authorization', council).send({ reason: '' }).expect(400);
    });

    it('mails in English when the sender chose English', async () => {
      const id = await confirmed(call.id, 'en', { language: 'en' });
      await t.http.post(`/api/call-submissions/${id}/decline`).set('Authorization', council).send({ reason: 'Out of scope.' }).expect(200);
      const sent = await mails('siven@gnosjo.se');
      expect(sent.map((m) => m.subject)).toEqual([
        'Confirm your proposal: Lärlingar i småindustrin en',
        'About your proposal: Lärlingar i småindustrin en',
      ]);
      expect(sent[1].text).toContain('Reason: Out of scope.');
    });

    it('cannot decide an unconfirmed submission (404) nor one of an unknown id', async () => {
      const { submissionId } = (await submit(call.id, submissionBody('unconf')).expect(202)).body as CallSubmissionReceivedResponse;
      const res = await t.http.post(`/api/call-submissions/${submissionId}/accept`).set('Authorization', council).expect(404);
      expect(res.body.code).toBe('calls.submission-not-found');
      await t.http.post('/api/call-submissions/00000000-0000-4000-8000-000000000000/accept').set('Authorization', council).expect(404);
    });

    it('lets only calls.review decide and list: the council, committee and admin; not anonymous', async () => {
      const id = await confirmed(call.id, 'who');
      await t.http.get(`/api/calls/${call.id}/submissions`).expect(401);
      await t.http.post(`/api/call-submissions/${id}/accept`).expect(401);
      await t.http.post(`/api/call-submissions/${id}/decline`).send({ reason: 'Nej tack.' }).expect(401);
      await t.http.get(`/api/calls/${call.id}/submissions`).set('Authorization', committee).expect(200);
      await t.http.get(`/api/calls/${call.id}/submissions`).set('Authorization', admin).expect(200);
      await t.http.get(`/api/conferences/${conferenceId}/calls`).expect(401);
      await t.http.post(`/api/calls/${call.id}/close`).set('Authorization', council).expect(403);
      await t.http.post(`/api/call-submissions/${id}/decline`).set('Authorization', committee).send({ reason: 'Inte i år.' }).expect(200);
    });
  });
});
