import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { pgPool } from '@samverkan/shared/api-database';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { Public } from '@samverkan/identity/api';
import { notFound } from '@samverkan/shared/api-http';
import { JOBS_SCHEMA } from '@samverkan/shared/api-jobs';
import { metricsRegistry, recordRequest } from '@samverkan/shared/api-metrics';

export const METRICS_TOKEN = Symbol('METRICS_TOKEN');

/** Records every answered request by its route pattern (so ids never become labels). */
export function requestTiming(req: Request, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  res.once('finish', () => {
    const pattern = (req.route as { path?: string } | undefined)?.path;
    const route = pattern ? `${req.baseUrl}${pattern}` : req.originalUrl.startsWith('/api/') ? 'unmatched' : 'page';
    recordRequest(req.method, route, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
  });
  next();
}

const sameToken = (given: string, expected: string) => {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
};

/**
 * `GET /api/metrics` in Prometheus's text format, for operators only: with `METRICS_TOKEN` set, a
 * scraper sends it as a bearer token; without it, or with another, the route is not there (404).
 * Scraping also reads the database pool, the outbox and the job queue.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(METRICS_TOKEN) private readonly token: string | undefined,
    @InjectDataSource() dataSource: DataSource,
  ) {
    registerCollectors(dataSource);
  }

  @Get()
  @Public()
  async metrics(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) res: Response): Promise<string> {
    const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    if (!this.token || !given || !sameToken(given, this.token)) throw notFound('request.not-found');
    res.setHeader('Content-Type', metricsRegistry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    return metricsRegistry.metrics();
  }
}

let registered = false;

/** The gauges read at scrape time (once per process: the registry is the process's). */
function registerCollectors(dataSource: DataSource): void {
  if (registered) return;
  registered = true;
  const pool = () => pgPool(dataSource);
  new Gauge({
    name: 'samverkan_db_pool_connections',
    help: 'Database pool connections by state (total, idle, waiting requests)',
    labelNames: ['state'] as const,
    registers: [metricsRegistry],
    collect() {
      const p = pool();
      if (!p) return;
      this.set({ state: 'total' }, p.totalCount);
      this.set({ state: 'idle' }, p.idleCount);
      this.set({ state: 'waiting' }, p.waitingCount);
    },
  });
  new Gauge({
    name: 'samverkan_outbox_messages',
    help: 'Outbox messages waiting to be sent (pending) and given up on (failed)',
    labelNames: ['status'] as const,
    registers: [metricsRegistry],
    async collect() {
      const rows: { status: string; n: number }[] = await dataSource.query(
        `SELECT status, count(*)::int AS n FROM outbox_messages WHERE status IN ('pending', 'failed') GROUP BY status`,
      );
      for (const status of ['pending', 'failed']) this.set({ status }, rows.find((r) => r.status === status)?.n ?? 0);
    },
  });
  new Gauge({
    name: 'samverkan_outbox_oldest_pending_seconds',
    help: 'Age of the oldest outbox message still waiting to be sent',
    registers: [metricsRegistry],
    async collect() {
      const [row]: { age: number | null }[] = await dataSource.query(
        `SELECT extract(epoch FROM now() - min(created_at))::float AS age FROM outbox_messages WHERE status = 'pending'`,
      );
      this.set(row?.age ?? 0);
    },
  });
  const queue = new Gauge({
    name: 'samverkan_job_queue_jobs',
    help: 'Jobs waiting in the queue (created or retrying), by queue',
    labelNames: ['queue'] as const,
    registers: [metricsRegistry],
  });
  new Gauge({
    name: 'samverkan_job_queue_oldest_seconds',
    help: 'Age of the oldest job waiting in each queue',
    labelNames: ['queue'] as const,
    registers: [metricsRegistry],
    async collect() {
      queue.reset();
      this.reset();
      const [exists]: { present: boolean }[] = await dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [
        `${JOBS_SCHEMA}.job`,
      ]);
      if (!exists?.present) return;
      const rows: { name: string; n: number; age: number }[] = await dataSource.query(
        `SELECT name, count(*)::int AS n, extract(epoch FROM now() - min(created_on))::float AS age
           FROM ${JOBS_SCHEMA}.job WHERE state IN ('created', 'retry') AND start_after <= now() GROUP BY name`,
      );
      for (const row of rows) {
        queue.set({ queue: row.name }, row.n);
        this.set({ queue: row.name }, row.age);
      }
    },
  });
}
