import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { REGISTRATION_OPTIONS, type RegistrationOptions } from './registration-options';
import { anonymise, anonymiseGroups } from './registration-history';

/** Key of the advisory lock that lets one API process at a time run the job. */
const RETENTION_LOCK = 7_310_001;

/**
 * Anonymises registrations `retentionDays` after their conference ended. Every API process runs the
 * timer; a transaction-level advisory lock makes sure only one of them does the work at a time.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REGISTRATION_OPTIONS) private readonly options: RegistrationOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.retentionIntervalMs > 0) {
      this.timer = setInterval(
        () => void this.run().catch((e) => this.logger.warn(`Retention run failed: ${String(e)}`)),
        this.options.retentionIntervalMs,
      );
      this.timer.unref();
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Returns how many registrations were anonymised, or null when another process holds the lock. */
  async run(now = new Date()): Promise<number | null> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [RETENTION_LOCK]);
      if (!locked) return null;
      const rows: { id: string }[] = await manager.query(
        `SELECT r.id FROM registrations r JOIN conferences c ON c.id = r.conference_id
          WHERE r.anonymised_at IS NULL AND c.ends_at < $1::timestamptz - make_interval(days => $2)
          ORDER BY r.id LIMIT 5000 FOR UPDATE OF r`,
        [now, this.options.retentionDays],
      );
      const ids = rows.map((r) => r.id);
      await anonymise(manager, ids);
      await anonymiseGroups(manager, now, this.options.retentionDays);
      if (ids.length) {
        await manager.query(
          `INSERT INTO registration_events (registration_id, kind, details) SELECT unnest($1::uuid[]), 'anonymised', '{}'::jsonb`,
          [ids],
        );
        this.logger.log(`Anonymised ${ids.length} registrations after the retention period`);
      }
      return ids.length;
    });
  }
}
