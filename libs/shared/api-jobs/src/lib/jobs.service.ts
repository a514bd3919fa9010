import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { JobRegistry, type JobDefinition } from './job-registry';

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

export interface JobsOptions {
  /** The app's own database (DATABASE_URL or the embedded server). */
  connectionString: string;
  /** Off: no pg-boss, no workers, `send` does nothing (tests that need no jobs start faster). */
  enabled: boolean;
  /** How often each worker looks for jobs; pg-boss allows 0.5 s at the least. */
  pollingIntervalSeconds: number;
}

/** pg-boss keeps its tables here, created and migrated by pg-boss itself (docs/adr/0008-job-queue.md). */
export const JOBS_SCHEMA = 'pgboss';

export interface SendJobOptions {
  /** Not before this time. */
  startAfter?: Date;
  /** One waiting job per key and queue (the queue's policy is `short`). */
  singletonKey?: string;
}

/**
 * The job queue: pg-boss on the app's PostgreSQL. Domains register their workers and schedules while
 * their modules initialise (`define`); the queue starts when the application has bootstrapped and
 * stops, letting running jobs finish, before the database connection closes. Every process runs the
 * workers; a job is fetched by one of them (SKIP LOCKED), but handlers must still be safe to run
 * twice (a job whose process dies is retried), so they guard their own effect in SQL.
 */
@Injectable()
export class Jobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(Jobs.name);
  private readonly registry = new JobRegistry();
  private boss?: PgBoss;

  constructor(@Inject(JOBS_OPTIONS) private readonly options: JobsOptions) {}

  get enabled(): boolean {
    return this.options.enabled;
  }

  /** Registers a worker (and its cron schedule); call from `onModuleInit`. */
  define<T extends object>(definition: JobDefinition<T>): void {
    if (this.boss) throw new Error(`Job queue ${definition.name} defined after the queue started`);
    this.registry.add(definition);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.enabled) return;
    const boss = new PgBoss({
      connectionString: this.options.connectionString,
      schema: JOBS_SCHEMA,
      application_name: 'samverkan-jobs',
      max: 4,
    });
    boss.on('error', (error) => this.logger.warn(`Job queue: ${error.message}`));
    await boss.start();
    this.boss = boss;
    for (const definition of this.registry.all()) {
      await boss.createQueue(definition.name, { name: definition.name, policy: 'short', retryLimit: 5, retryDelay: 30, retryBackoff: true });
      await boss.work<object>(
        definition.name,
        { pollingIntervalSeconds: this.options.pollingIntervalSeconds, batchSize: definition.batchSize ?? 1 },
        async (jobs) => {
          for (const job of jobs) await definition.handle(job.data);
        },
      );
      if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: 'Europe/Stockholm' });
      else await boss.unschedule(definition.name);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** Queues a job for a registered queue; false when the queue is off or the key already waits. */
  async send(name: string, data: object, options: SendJobOptions = {}): Promise<boolean> {
    if (!this.registry.has(name)) throw new Error(`Job queue ${name} is not defined`);
    if (!this.boss) return false;
    const id = await this.boss.send(name, data, { startAfter: options.startAfter, singletonKey: options.singletonKey });
    return id !== null;
  }
}
