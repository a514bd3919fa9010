import { SeatRows1796050000000 } from '../src/database/migrations/1796050000000-SeatRows';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * Seat rows (ADR 0009) through the real app on real PostgreSQL: the trigger that keeps one row per place,
 * the claim that waits for a claim in flight instead of queueing a person, the seat handed over on a
 * cancellation, and the migration's backfill of existing registrations.
 */
describe('seat rows', () => {
  let t: TestApp;
  let committee: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
  });
  afterAll(() => t.close());

  const seats = (conferenceId: string): Promise<{ seat: number; registration: string | null }[]> =>
    t.dataSource.query(
      `SELECT seat_no AS seat, registration_id AS registration FROM conference_seats WHERE conference_id = $1 ORDER BY seat_no`,
      [conferenceId],
    );
  const register = (conferenceId: string, n: string) =>
    t.http.post(`/api/conferences/${conferenceId}/registrations`).send(registrationBody(n));

  it('keeps one seat row per place, whoever writes the capacity, and never deletes a taken one', async () => {
    const conference = await createConference(t, committee, { capacity: 3 });
    expect((await seats(conference.id)).map((s) => s.seat)).toEqual([1, 2, 3]);
    const first = (await register(conference.id, 'rows1').expect(201)).body;
    await t.dataSource.query(`UPDATE conferences SET capacity = 5 WHERE id = $1`, [conference.id]);
    expect((await seats(conference.id)).map((s) => s.seat)).toEqual([1, 2, 3, 4, 5]);
    await t.dataSource.query(`UPDATE conferences SET capacity = 1 WHERE id = $1`, [conference.id]);
    expect(await seats(conference.id)).toEqual([{ seat: 1, registration: first.id }]);
    // Below the seats taken: the trigger refuses, whatever wrote it (the API answers 422 before it).
    await expect(t.dataSource.query(`UPDATE conferences SET capacity = 0 WHERE id = $1`, [conference.id])).rejects.toMatchObject({
      driverError: { code: '23514' },
    });
    const refused = await t.http.patch(`/api/conferences/${conference.id}`).set('Authorization', committee).send({ capacity: 0 }).expect(422);
    expect(refused.body.code).toBe('conferences.capacity-below-confirmed');
    expect(await seats(conference.id)).toEqual([{ seat: 1, registration: first.id }]);
  });

  it('waits for a claim in flight rather than queue a person while that seat may come free', async () => {
    const conference = await createConference(t, committee, { capacity: 1 });
    // Another transaction holds the only free seat, as a claim in flight does, and then rolls back.
    const inFlight = t.dataSource.createQueryRunner();
    await inFlight.connect();
    await inFlight.startTransaction();
    await inFlight.query(`SELECT seat_no FROM conference_seats WHERE conference_id = $1 FOR UPDATE`, [conference.id]);
    let answered = false;
    const pending = register(conference.id, 'flight1').then((res) => {
      answered = true;
      return res;
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(answered).toBe(false);
    await inFlight.rollbackTransaction();
    await inFlight.release();
    const res = await pending;
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('confirmed');
    expect(await seats(conference.id)).toEqual([{ seat: 1, registration: res.body.id }]);
    // The seat now taken for good: the next one waits, with a rank from the sequence.
    const next = (await register(conference.id, 'flight2').expect(201)).body;
    expect(next).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
  });

  it('hands a cancelled seat to the first waiting, never showing it free', async () => {
    const conference = await createConference(t, committee, { capacity: 1 });
    const seated = (await register(conference.id, 'hand1').expect(201)).body;
    const waiting = (await register(conference.id, 'hand2').expect(201)).body;
    await register(conference.id, 'hand3').expect(201);
    await t.http.delete(`/api/registrations/${seated.manageToken}`).expect(200);
    expect(await seats(conference.id)).toEqual([{ seat: 1, registration: waiting.id }]);
    const [{ status }] = await t.dataSource.query(`SELECT status FROM registrations WHERE id = $1`, [waiting.id]);
    expect(status).toBe('confirmed');
  });

  it('the migration gives existing confirmed registrations seats in the order they came, and keeps their ranks below new ones', async () => {
    const conference = await createConference(t, committee, { capacity: 2 });
    const made = [];
    for (const n of ['mig1', 'mig2', 'mig3', 'mig4']) made.push((await register(conference.id, n).expect(201)).body);
    const migration = new SeatRows1796050000000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await migration.down(runner);
      const [before] = await runner.query(`SELECT confirmed_count AS counter, waitlist_seq::int AS seq FROM conferences WHERE id = $1`, [
        conference.id,
      ]);
      const ranks: { rank: string }[] = await runner.query(
        `SELECT waitlist_rank AS rank FROM registrations WHERE conference_id = $1 AND status = 'waitlisted' ORDER BY waitlist_rank`,
        [conference.id],
      );
      expect(before.counter).toBe(2);
      expect(before.seq).toBe(Number(ranks[1].rank));
      await migration.up(runner);
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    expect(await seats(conference.id)).toEqual([
      { seat: 1, registration: made[0].id },
      { seat: 2, registration: made[1].id },
    ]);
    const late = (await register(conference.id, 'mig5').expect(201)).body;
    expect(late).toMatchObject({ status: 'waitlisted', waitlistPosition: 3 });
    await t.http.delete(`/api/registrations/${made[0].manageToken}`).expect(200);
    expect(await seats(conference.id)).toEqual([
      { seat: 1, registration: made[2].id },
      { seat: 2, registration: made[1].id },
    ]);
  });
});
