import { request as httpRequest } from 'node:http';
import { Client } from 'pg';
import { SEAT_LOCK_CLASSES } from '@samverkan/conferences/api';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO } from './support/test-app';

/**
 * Stopping the app (SIGTERM at a deploy, in the middle of a registration rush) while a registration is
 * in flight and its client has already gone: the registration finishes, whole, before the database
 * connections close. Without the drain, the pool closed under the waiting transaction.
 */
describe('shutdown', () => {
  it('lets a registration whose client has gone finish, whole, before the database closes', async () => {
    const t = await createTestApp();
    const outside = new Client({ connectionString: process.env['SAMVERKAN_IT_DATABASE_URL'] });
    await outside.connect();
    try {
      const committee = await t.login(DEMO.committee);
      const conference = await createConference(t, committee, { capacity: 10 });
      // Hold the conference's seat lock (lockSeats, exclusive) so the registration waits inside its transaction.
      await outside.query('BEGIN');
      await outside.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [SEAT_LOCK_CLASSES.conference, conference.id]);

      const body = JSON.stringify(registrationBody('drain'));
      const { port } = new URL(await t.app.getUrl());
      const sent = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/conferences/${conference.id}/registrations`,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      sent.on('error', () => undefined);
      sent.end(body);
      // The registration is waiting for the seat lock: then its client goes away.
      const waiting = async () =>
        (await outside.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`)).rows[0].n;
      for (let i = 0; i < 100 && (await waiting()) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await waiting()).toBe(1);
      sent.destroy();

      let closed = false;
      const closing = t.close().then(() => (closed = true));
      await new Promise((resolve) => setTimeout(resolve, 400));
      // Still waiting for the registration's transaction, which still waits for the lock.
      expect(closed).toBe(false);
      await outside.query('COMMIT');
      await closing;

      const registrations = await outside.query(`SELECT id, status FROM registrations WHERE email = 'persondrain@kommun.se'`);
      expect(registrations.rows).toEqual([{ id: expect.any(String), status: 'confirmed' }]);
      const mails = await outside.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE "to" = 'persondrain@kommun.se'`);
      expect(mails.rows[0].n).toBeGreaterThan(0);
    } finally {
      await outside.end();
    }
  });
});
