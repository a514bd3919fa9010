import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * Capacity under concurrency, through HTTP against real PostgreSQL. Each race runs with the guard and,
 * as a negative control, with the guard switched off: the control must overbook, which proves the
 * test can see the failure it guards against.
 */
async function race(t: TestApp, conferenceId: string, count: number, prefix: string, inFlight = count) {
  const send = (i: number) => t.http.post(`/api/conferences/${conferenceId}/registrations`).send(registrationBody(`${prefix}${i}`));
  const responses: Awaited<ReturnType<typeof send>>[] = [];
  let next = 0;
  // `inFlight` clients, each sending its next registration as soon as the previous one is answered.
  await Promise.all(
    Array.from({ length: Math.min(inFlight, count) }, async () => {
      while (next < count) {
        const i = next++;
        responses[i] = await send(i);
      }
    }),
  );
  const [{ confirmed, waitlisted, counter }] = await t.dataSource.query(
    `SELECT (SELECT count(*)::int FROM registrations WHERE conference_id = $1 AND status = 'confirmed') AS confirmed,
            (SELECT count(*)::int FROM registrations WHERE conference_id = $1 AND status = 'waitlisted') AS waitlisted,
            (SELECT count(*)::int FROM conference_seats WHERE conference_id = $1 AND registration_id IS NOT NULL) AS counter`,
    [conferenceId],
  );
  return { responses, confirmed, waitlisted, counter };
}

describe('registration races', () => {
  describe('with the capacity guard', () => {
    let t: TestApp;
    let committee: string;
    beforeAll(async () => {
      t = await createTestApp();
      committee = await t.login(DEMO.committee);
    });
    afterAll(() => t.close());

    it('500 concurrent registrations for 50 seats: exactly 50 confirmed, 450 waiting, no position told worse than the final one', async () => {
      const conference = await createConference(t, committee, { capacity: 50 });
      // 100 requests in flight at any moment: five times the connection pool, so 20 transactions always
      // contend for the last seats, without testing how long the pool's queue may grow on a slow machine.
      const { responses, confirmed, waitlisted, counter } = await race(t, conference.id, 500, 'race', 100);
      expect(responses.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
      expect(confirmed).toBe(50);
      expect(counter).toBe(50);
      expect(waitlisted).toBe(450);
      expect(responses.filter((r) => r.body.status === 'confirmed')).toHaveLength(50);
      // Ranks are drawn in one order and committed in another (ADR 0009): the position told is the place
      // right now, never worse than the final one; the final places, by rank, are exactly 1..450.
      const finalRows: { id: string }[] = await t.dataSource.query(
        `SELECT id FROM registrations WHERE conference_id = $1 AND status = 'waitlisted' ORDER BY waitlist_rank`,
        [conference.id],
      );
      const finalPlace = new Map(finalRows.map((r, i) => [r.id, i + 1]));
      const told = responses.filter((r) => r.body.status === 'waitlisted').map((r) => [r.body.waitlistPosition as number, finalPlace.get(r.body.id)]);
      expect(told).toHaveLength(450);
      expect(told.filter(([position, place]) => place === undefined || position === undefined || position < 1 || position > place)).toEqual([]);
      expect([...finalPlace.values()].sort((a, b) => a - b)).toEqual(Array.from({ length: 450 }, (_, i) => i + 1));
    });

    it('cancellations and new registrations at once never exceed capacity and promote strictly in order', async () => {
      const conference = await createConference(t, committee, { capacity: 20 });
      const first = [];
      for (let i = 0; i < 50; i++) {
        first.push((await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody(`mix${i}`))).body);
      }
      const waitingInOrder = first.filter((r) => r.status === 'waitlisted').map((r) => r.id);
      const toCancel = first.filter((r) => r.status === 'confirmed').slice(0, 10);
      await Promise.all([
        ...toCancel.map((r) => t.http.delete(`/api/registrations/${r.manageToken}`).expect(200)),
        ...Array.from({ length: 40 }, (_, i) =>
          t.http
            .post(`/api/conferences/${conference.id}/registrations`)
            .send(registrationBody(`late${i}`))
            .expect(201),
        ),
      ]);
      const rows: { id: string; status: string; email: string }[] = await t.dataSource.query(
        `SELECT id, status, email FROM registrations WHERE conference_id = $1 AND status = 'confirmed'`,
        [conference.id],
      );
      expect(rows).toHaveLength(20);
      // The ten freed seats went to the first ten on the waitlist, never to a late arrival.
      const promoted = new Set(rows.map((r) => r.id));
      expect(waitingInOrder.slice(0, 10).every((id) => promoted.has(id))).toBe(true);
      expect(waitingInOrder.slice(10).some((id) => promoted.has(id))).toBe(false);
      expect(rows.some((r) => r.email.startsWith('personlate'))).toBe(false);
      const [{ counter }] = await t.dataSource.query(`SELECT (SELECT count(*)::int FROM conference_seats WHERE conference_id = $1 AND registration_id IS NOT NULL) AS counter`, [conference.id]);
      expect(counter).toBe(20);
    });

    it('cancellations, capacity changes and new registrations all at once: never overbooked, promoted strictly by rank', async () => {
      const conference = await createConference(t, committee, { capacity: 20 });
      const first = [];
      for (let i = 0; i < 50; i++) {
        first.push((await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody(`cap${i}`))).body);
      }
      const waitingInOrder = first.filter((r) => r.status === 'waitlisted').map((r) => r.id);
      expect(waitingInOrder).toHaveLength(30);
      const toCancel = first.filter((r) => r.status === 'confirmed').slice(0, 10);
      const capacity = (value: number) =>
        t.http.patch(`/api/conferences/${conference.id}`).set('Authorization', committee).send({ capacity: value });
      const capacityStatuses: number[] = [];
      await Promise.all([
        ...toCancel.map((r) => t.http.delete(`/api/registrations/${r.manageToken}`).expect(200)),
        ...Array.from({ length: 40 }, (_, i) =>
          t.http
            .post(`/api/conferences/${conference.id}/registrations`)
            .send(registrationBody(`caplate${i}`))
            .expect(201),
        ),
        // Up, down (refused when it would fall below the confirmed at that moment), up again: one after another, while the rest runs.
        (async () => {
          for (const value of [25, 18, 30]) capacityStatuses.push((await capacity(value)).status);
        })(),
      ]);
      expect(capacityStatuses[0]).toBe(200);
      expect([200, 422]).toContain(capacityStatuses[1]);
      expect(capacityStatuses[2]).toBe(200);
      const rows: { id: string; status: string; email: string; rank: string | null }[] = await t.dataSource.query(
        `SELECT id, status, email, waitlist_rank AS rank FROM registrations WHERE conference_id = $1 AND status <> 'cancelled'`,
        [conference.id],
      );
      const confirmed = rows.filter((r) => r.status === 'confirmed');
      // 40 of the first and 40 late ones want 30 places: all 30 taken, the counter agrees.
      expect(confirmed).toHaveLength(30);
      const [{ counter, capacity: final }] = await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM conference_seats WHERE conference_id = $1 AND registration_id IS NOT NULL) AS counter, capacity FROM conferences WHERE id = $1`,
        [conference.id],
      );
      expect([counter, final]).toEqual([30, 30]);
      // The 20 seats freed or added went to the first 20 waiting, in rank order; never to a late arrival.
      const promoted = new Set(confirmed.map((r) => r.id));
      expect(waitingInOrder.filter((id) => promoted.has(id))).toEqual(waitingInOrder.slice(0, 20));
      expect(confirmed.some((r) => r.email.startsWith('personcaplate'))).toBe(false);
      // Still waiting: the last 10 of the first, then the 40 late ones, with unique ranks in that order.
      const waiting = rows.filter((r) => r.status === 'waitlisted').sort((a, b) => Number(a.rank) - Number(b.rank));
      expect(waiting.slice(0, 10).map((r) => r.id)).toEqual(waitingInOrder.slice(20));
      expect(waiting.slice(10).every((r) => r.email.startsWith('personcaplate'))).toBe(true);
      expect(new Set(waiting.map((r) => r.rank)).size).toBe(50);
    });

    it('lets a burst of 1,000 registrations from one address through with the default rate limits', async () => {
      const conference = await createConference(t, committee, { capacity: 1000 });
      // 1,000 people behind one address within a minute, 100 at a time (all at the same millisecond would
      // test the connection pool's queue, not the rate limits).
      const started = Date.now();
      const { responses, confirmed } = await race(t, conference.id, 1000, 'burst', 100);
      expect(Date.now() - started).toBeLessThan(60_000);
      expect(responses.filter((r) => r.status !== 201).map((r) => r.status)).toEqual([]);
      expect(confirmed).toBe(1000);
    });
  });

  describe('negative control: guard switched off', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({}, { registrations: { unsafeSkipCapacityGuard: true } });
    });
    afterAll(() => t.close());

    it('the same race overbooks, so the test above can catch a broken guard', async () => {
      const committee = await t.login(DEMO.committee);
      const conference = await createConference(t, committee, { capacity: 50 });
      const { confirmed } = await race(t, conference.id, 500, 'unsafe', 100);
      expect(confirmed).toBeGreaterThan(50);
    });
  });
});
