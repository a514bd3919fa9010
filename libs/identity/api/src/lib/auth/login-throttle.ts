import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '@samverkan/shared/api-http';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { KNOWN_ADDRESS_DAYS, mayTryPassword, throttleLockKeys, type FailureCounts } from './throttle-rules';

/**
 * The password-guessing throttle (login and the current-password check), counted in `login_attempts`
 * so it holds across API processes. Checking and recording are one step: under advisory locks on the
 * account and the address, an attempt counts the failures in the window and records itself as failed
 * before its password is checked; a right password then marks it as a success. So N parallel guesses
 * get exactly the limit of password checks.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /** Records an attempt, or throws 429 when this address may not try this account now. Returns its id. */
  async begin(email: string, clientAddress: string): Promise<string> {
    // The column's width; an address is at most 45 characters, but a misconfigured proxy may pass anything on.
    const address = clientAddress.slice(0, 64);
    const since = new Date(Date.now() - this.options.throttleWindowSeconds * 1000);
    const knownSince = new Date(Date.now() - KNOWN_ADDRESS_DAYS * 86_400_000);
    // PostgreSQL's default isolation (READ COMMITTED), which the locks below rely on: each count, taken
    // after the lock, sees the attempts committed before. Not named: that would cost a SET TRANSACTION round trip.
    return this.dataSource.transaction(async (manager) => {
      // The keys are sorted, so two attempts never wait for each other's locks in opposite order.
      await manager.query(`SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k`, [throttleLockKeys(email, address)]);
      const [counts] = await manager.query<FailureCounts[]>(
        `SELECT count(*) FILTER (WHERE email = $1 AND address = $2)::int AS pair,
                count(*) FILTER (WHERE address = $2)::int AS address,
                count(*) FILTER (WHERE email = $1)::int AS account,
                EXISTS (SELECT 1 FROM login_attempts
                         WHERE email = $1 AND address = $2 AND succeeded AND created_at > $4) AS known
           FROM login_attempts
          WHERE NOT succeeded AND created_at > $3 AND (email = $1 OR address = $2)`,
        [email, address, since, knownSince],
      );
      if (!mayTryPassword(counts, this.options)) throw new AppError(429, 'identity.too-many-logins');
      const [{ id }] = await manager.query<{ id: string }[]>(
        `INSERT INTO login_attempts (email, address, succeeded) VALUES ($1, $2, false) RETURNING id`,
        [email, address],
      );
      return id;
    });
  }

  /** The password was right: the attempt is not a failure. */
  async succeeded(attemptId: string): Promise<void> {
    await this.dataSource.query(`UPDATE login_attempts SET succeeded = true WHERE id = $1`, [attemptId]);
  }
}
