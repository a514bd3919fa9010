import type { AgendaItemResponse, DraftAgendaResponse } from '@samverkan/agenda/contract';
import { SessionSeats1796070000000 } from '../src/database/migrations/1796070000000-SessionSeats';
import { registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';
import { programmeWithWorkshops } from './support/workshops';

/**
 * Session places as seat rows (ADR 0009), through the real app on real PostgreSQL: the trigger that
 * keeps one row per place, a claim that waits for a claim in flight, places given back on leaving and
 * on cancelling, sign-ups, leaves and capacity changes all at once, and the migration's backfill.
 */
describe('session seat rows', () => {
  let t: TestApp;
  let committee: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
  });
  afterAll(() => t.close());

  const seats = (itemId: string): Promise<{ seat: number; registration: string | null }[]> =>
    t.dataSource.query(
      `SELECT seat_no AS seat, registration_id AS registration FROM session_seats WHERE agenda_item_id = $1 ORDER BY seat_no`,
      [itemId],
    );
  const register = async (conferenceId: string, n: string) =>
    (await t.http.post(`/api/conferences/${conferenceId}/registrations`).send(registrationBody(n)).expect(201)).body as {
      id: string;
      manageToken: string;
    };
  const signUp = (token: string, agendaItemId: string) => t.http.post(`/api/registrations/${token}/sessions`).send({ agendaItemId });
  /** Edits the draft item on its current version; with `status`, asserts the answer's. */
  const edit = async (conferenceId: string, itemId: string, change: Record<string, unknown>, status?: number) => {
    const draft = (await t.http.get(`/api/conferences/${conferenceId}/agenda`).set('Authorization', committee).expect(200))
      .body as DraftAgendaResponse;
    const item = draft.items.find((i) => i.id === itemId) as AgendaItemResponse;
    const res = await t.http
      .patch(`/api/agenda-items/${itemId}`)
      .set('Authorization', committee)
      .send({ version: item.version, ...change });
    if (status !== undefined) expect({ status: res.status, body: res.body }).toMatchObject({ status });
    return res;
  };

  it('keeps one seat row per place, whoever writes the capacity, and never deletes a taken one', async () => {
    const { conference, w1 } = await programmeWithWorkshops(t, committee, 3);
    expect((await seats(w1.id)).map((s) => s.seat)).toEqual([1, 2, 3]);
    const a = await register(conference.id, 'ss-a');
    const b = await register(conference.id, 'ss-b');
    await signUp(a.manageToken, w1.id).expect(201);
    await signUp(b.manageToken, w1.id).expect(201);
    expect((await edit(conference.id, w1.id, { signupCapacity: 5 }, 200)).body.signupCount).toBe(2);
    expect((await seats(w1.id)).map((s) => s.seat)).toEqual([1, 2, 3, 4, 5]);
    await edit(conference.id, w1.id, { signupCapacity: 2 }, 200);
    expect(await seats(w1.id)).toEqual([
      { seat: 1, registration: a.id },
      { seat: 2, registration: b.id },
    ]);
    // Below the places taken: the API refuses, and the trigger refuses whatever else writes it.
    const below = await edit(conference.id, w1.id, { signupCapacity: 1 }, 422);
    expect(below.body).toMatchObject({ code: 'agenda.inconsistent-item', errors: { signupCapacity: 'belowSignups' } });
    await expect(t.dataSource.query(`UPDATE agenda_items SET signup_capacity = 1 WHERE id = $1`, [w1.id])).rejects.toMatchObject({
      driverError: { code: '23514' },
    });
    expect((await seats(w1.id)).map((s) => s.registration)).toEqual([a.id, b.id]);
    // An item that no longer takes sign-ups keeps the places still held, and has no free ones.
    await t.dataSource.query(`UPDATE agenda_items SET signup_required = false, signup_capacity = NULL WHERE id = $1`, [w1.id]);
    expect((await seats(w1.id)).map((s) => s.registration)).toEqual([a.id, b.id]);
  });

  it('gives a place back when its holder leaves the session or cancels the registration', async () => {
    const { conference, w1, w3 } = await programmeWithWorkshops(t, committee, 1);
    const a = await register(conference.id, 'ss-leave-a');
    const b = await register(conference.id, 'ss-leave-b');
    await signUp(a.manageToken, w1.id).expect(201);
    await signUp(a.manageToken, w3.id).expect(201);
    expect((await signUp(b.manageToken, w1.id).expect(409)).body.code).toBe('registrations.item-full');
    await t.http.delete(`/api/registrations/${a.manageToken}/sessions/${w1.id}`).expect(200);
    expect(await seats(w1.id)).toEqual([{ seat: 1, registration: null }]);
    await signUp(b.manageToken, w1.id).expect(201);
    expect(await seats(w1.id)).toEqual([{ seat: 1, registration: b.id }]);
    await t.http.delete(`/api/registrations/${a.manageToken}`).expect(200);
    expect(await seats(w3.id)).toEqual([{ seat: 1, registration: null }]);
    await signUp(b.manageToken, w3.id).expect(201);
  });

  it('waits for a claim in flight rather than refuse while that place may come free', async () => {
    const { conference, w1 } = await programmeWithWorkshops(t, committee, 1);
    const a = await register(conference.id, 'ss-flight');
    const inFlight = t.dataSource.createQueryRunner();
    await inFlight.connect();
    await inFlight.startTransaction();
    await inFlight.query(`SELECT seat_no FROM session_seats WHERE agenda_item_id = $1 FOR UPDATE`, [w1.id]);
    let answered = false;
    const pending = signUp(a.manageToken, w1.id).then((res) => {
      answered = true;
      return res;
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(answered).toBe(false);
    await inFlight.rollbackTransaction();
    await inFlight.release();
    expect((await pending).status).toBe(201);
    expect(await seats(w1.id)).toEqual([{ seat: 1, registration: a.id }]);
  });

  it('sign-ups, leaves and capacity changes all at once: never more sign-ups than places, every sign-up holding one', async () => {
    const { conference, w1 } = await programmeWithWorkshops(t, committee, 10);
    const people = [];
    for (let i = 0; i < 40; i++) people.push(await register(conference.id, `ss-race${i}`));
    const early = people.slice(0, 8);
    for (const p of early) await signUp(p.manageToken, w1.id).expect(201);
    const capacities = [12, 9, 15, 8, 20];
    const changes = (async () => {
      const answers = [];
      for (const signupCapacity of capacities) answers.push((await edit(conference.id, w1.id, { signupCapacity })).status);
      return answers;
    })();
    const [joins, leaves, edits] = await Promise.all([
      Promise.all(people.slice(8).map((p) => signUp(p.manageToken, w1.id))),
      Promise.all(early.slice(0, 4).map((p) => t.http.delete(`/api/registrations/${p.manageToken}/sessions/${w1.id}`))),
      changes,
    ]);
    // The same checks as "every answer is one of", listing the odd answers when one fails.
    expect(joins.filter((r) => r.status !== 201 && r.status !== 409).map((r) => [r.status, r.body])).toEqual([]);
    expect(leaves.filter((r) => r.status !== 200).map((r) => [r.status, r.body])).toEqual([]);
    // A capacity change either applies or is refused (below the places taken, or a stale version); never a 500.
    expect(edits.every((s) => s === 200 || s === 409 || s === 422)).toBe(true);
    const [{ capacity }] = await t.dataSource.query(`SELECT signup_capacity AS capacity FROM agenda_items WHERE id = $1`, [w1.id]);
    const held: { seat: number; registration: string | null }[] = await seats(w1.id);
    const signups: { registration_id: string }[] = await t.dataSource.query(
      `SELECT registration_id FROM session_signups WHERE agenda_item_id = $1 ORDER BY registration_id`,
      [w1.id],
    );
    expect(held).toHaveLength(capacity);
    expect(signups.length).toBeLessThanOrEqual(capacity);
    expect(
      held
        .map((s) => s.registration)
        .filter((r) => r !== null)
        .sort(),
    ).toEqual(signups.map((s) => s.registration_id));
    expect(joins.filter((r) => r.status === 201).length + 4).toBe(signups.length);
  });

  it('the migration gives existing sign-ups places in the order they came', async () => {
    const { conference, w1 } = await programmeWithWorkshops(t, committee, 3);
    const made = [];
    for (const n of ['ss-mig1', 'ss-mig2', 'ss-mig3']) {
      const person = await register(conference.id, n);
      await signUp(person.manageToken, w1.id).expect(201);
      made.push(person);
    }
    await t.http.delete(`/api/registrations/${made[0].manageToken}/sessions/${w1.id}`).expect(200);
    const migration = new SessionSeats1796070000000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await migration.down(runner);
      const [before] = await runner.query(`SELECT signup_count AS counter FROM agenda_items WHERE id = $1`, [w1.id]);
      expect(before.counter).toBe(2);
      await migration.up(runner);
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    expect(await seats(w1.id)).toEqual([
      { seat: 1, registration: made[1].id },
      { seat: 2, registration: made[2].id },
      { seat: 3, registration: null },
    ]);
    await signUp(made[0].manageToken, w1.id).expect(201);
    expect(await seats(w1.id)).toEqual([
      { seat: 1, registration: made[1].id },
      { seat: 2, registration: made[2].id },
      { seat: 3, registration: made[0].id },
    ]);
  });
});
