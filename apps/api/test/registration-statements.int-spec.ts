import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

// Every rendering of a calendar file and of a registration mail notes how many statements had been sent
// by then, so the test can tell whether it happened before or after the seat's UPDATE (the lock).
const mockRenders: { what: string; statementsSent: number }[] = [];
let mockStatementsSent: () => number = () => 0;
jest.mock('@samverkan/shared/api-ical', () => {
  const actual = jest.requireActual('@samverkan/shared/api-ical');
  return {
    ...actual,
    buildCalendar: (...args: unknown[]) => {
      mockRenders.push({ what: 'ics', statementsSent: mockStatementsSent() });
      return actual.buildCalendar(...args);
    },
  };
});
jest.mock('../../../libs/registrations/api/src/lib/mails', () => {
  const actual = jest.requireActual('../../../libs/registrations/api/src/lib/mails');
  const noted =
    (what: string, render: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      mockRenders.push({ what, statementsSent: mockStatementsSent() });
      return render(...args);
    };
  return {
    ...actual,
    seatMails: noted('seatMails', actual.seatMails),
    registrationMail: noted('registrationMail', actual.registrationMail),
  };
});

/**
 * What one POST /api/conferences/:id/registrations sends to PostgreSQL (docs/benchmarks.md, 2026-12-07):
 * 2 rate-limit counters (outside the transaction), then in the transaction one read of everything checked
 * before the seat (conference, duplicate, organisation, questions, fee), the recipient's mail counter, the
 * conference's seat lock (shared, ADR 0009), the seat (one statement for a seat row or a waitlist rank) and the insert of registration, history and mail with
 * the waitlist position (one statement). Not counted: START TRANSACTION and COMMIT. Before 2026-12-07 it was
 * 10 (confirmed) and 12 (waitlisted): a SET TRANSACTION ISOLATION LEVEL, a separate duplicate probe, separate
 * reads of the conference, its questions and the fee, a second UPDATE for a waitlist number and a separate
 * count of the position. The seat lock came with the seat rows (6 before them): a statement of its own, so
 * the claim's snapshot is taken after the lock.
 */
const STATEMENTS = 7;

describe('the statements of one registration', () => {
  let t: TestApp;
  let committee: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    mockStatementsSent = () => t.queries.queries;
  });
  afterAll(() => t.close());

  const register = async (conferenceId: string, n: string) => {
    t.queries.reset();
    mockRenders.length = 0;
    const res = await t.http.post(`/api/conferences/${conferenceId}/registrations`).send(registrationBody(n)).expect(201);
    const statements = t.queries.statements.map((s) => s.query.replace(/\s+/g, ' ').trim());
    return { body: res.body, statements, renders: [...mockRenders] };
  };

  it('are the same few for a seat and for a waitlist place, with nothing rendered while a seat is held', async () => {
    const conference = await createConference(t, committee, { capacity: 1 });
    for (const [n, status, position] of [
      ['st1', 'confirmed', null],
      ['st2', 'waitlisted', 1],
      ['st3', 'waitlisted', 2],
    ] as const) {
      const { body, statements, renders } = await register(conference.id, n);
      expect(body).toMatchObject({ status, waitlistPosition: position });
      expect(statements).toHaveLength(STATEMENTS);
      expect(statements.filter((s) => /SET TRANSACTION|row_exists/i.test(s))).toEqual([]);
      // A seat row is held from the claim to the commit: only the insert follows it. No conference row is locked.
      const seat = statements.findIndex((s) => s.includes('UPDATE conference_seats'));
      expect(seat).toBe(STATEMENTS - 2);
      expect(statements[seat - 1]).toMatch(/pg_advisory_xact_lock_shared/);
      expect(statements.filter((s) => /UPDATE conferences|FOR UPDATE(?! SKIP LOCKED)/.test(s))).toEqual([]);
      expect(statements[seat + 1]).toMatch(/^WITH p AS .*INSERT INTO registrations/);
      // Both mails (and their .ics files) were rendered, all before the UPDATE was sent.
      expect(renders.map((r) => r.what).sort()).toEqual(['ics', 'ics', 'seatMails']);
      expect(renders.filter((r) => r.statementsSent > seat)).toEqual([]);
    }
    const mails: { to: string; text: string; attachments: { filename: string }[] }[] = await t.dataSource.query(
      `SELECT "to", text, attachments FROM outbox_messages WHERE "to" IN ('personst2@kommun.se', 'personst3@kommun.se') ORDER BY "to"`,
    );
    expect(mails.map((m) => m.text.match(/nummer (\d+)/)?.[1])).toEqual(['1', '2']);
    expect(mails.every((m) => m.attachments.map((a) => a.filename).join() === 'konferens.ics')).toBe(true);
    const events: { details: unknown }[] = await t.dataSource.query(
      `SELECT e.details FROM registration_events e JOIN registrations r ON r.id = e.registration_id
        WHERE r.conference_id = $1 AND e.kind = 'created' ORDER BY r.waitlist_rank NULLS FIRST`,
      [conference.id],
    );
    expect(events.map((e) => e.details)).toEqual([
      { status: 'confirmed', position: null },
      { status: 'waitlisted', position: 1 },
      { status: 'waitlisted', position: 2 },
    ]);
  });

  it('a group reads what it checks before its seats in one statement too, for all its members', async () => {
    const conference = await createConference(t, committee, { capacity: 5 });
    t.queries.reset();
    await t.http
      .post(`/api/conferences/${conference.id}/group-registrations`)
      .send({
        contact: { firstName: 'Karin', lastName: 'Lund', email: 'karin.lund@kommun.se' },
        organisationName: 'Finspångs kommun',
        organisationType: 'municipality',
        consent: true,
        members: [1, 2, 3].map((n) => ({ firstName: `Medlem${n}`, lastName: 'Läsesson', email: `las${n}@kommun.se` })),
      })
      .expect(201);
    const statements = t.queries.statements.map((s) => s.query.replace(/\s+/g, ' ').trim());
    // The conference, its questions, the fee, the organisation and the members already registered.
    const reads = statements.filter((s) => /^SELECT/.test(s) && /conference_questions|conference_fees|organisations|registrations/.test(s));
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/conference_questions.*conference_fees/);
    expect(reads[0]).toMatch(/r\.email = ANY/);
  });
});
