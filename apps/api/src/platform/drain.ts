import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import { pgPool } from '@samverkan/shared/api-database';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';

/** How long a stop waits for the database work in flight (the cluster's primary kills a worker after 15 s). */
const DRAIN_LIMIT_MS = 10_000;

type PoolCounts = Pick<Pool, 'totalCount' | 'idleCount' | 'waitingCount'>;

/**
 * Resolves true once no pooled connection is checked out or waited for, or false at the limit.
 * Polled: node-pg's pool has no event for "all idle".
 */
export async function untilIdle(pool: PoolCounts, limitMs: number, stepMs = 20): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (pool.totalCount > pool.idleCount || pool.waitingCount > 0) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
  return true;
}

/**
 * A stop lets the database work in flight finish before the connections close. Nest closes the HTTP
 * server first, which waits for open connections; but a request whose client has gone (a closed
 * browser tab, a proxy's timeout) has no connection left, and its handler runs on. Closing the pool
 * under it gave its connection back to the pool in the middle of its transaction, where a waiting
 * request took it and ran its statements inside the other's transaction: a half-written registration
 * committed by someone else's COMMIT. So: stop taking connections, then wait (up to a limit) until no
 * pooled connection is in use, then let Nest go on and close the database.
 */
@Injectable()
export class DrainOnShutdown implements BeforeApplicationShutdown {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly dataSource: DataSource,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (server?.listening) server.close();
    const pool = pgPool(this.dataSource);
    if (pool) await untilIdle(pool, DRAIN_LIMIT_MS);
  }
}
