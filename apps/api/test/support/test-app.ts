import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { QueryCounter } from '@samverkan/shared/api-database';
import type { LoginResponse } from '@samverkan/identity/contract';
import { createApp } from '../../src/bootstrap';
import { loadConfig, type AppConfig } from '../../src/config/config';
import { DEMO_PASSWORD } from '../../src/database/seeds';

export const TEST_JWT_SECRET = 'integration-tests-secret-0123456789abcdef';
export const DEMO = {
  admin: 'admin@demo.samverkan.se',
  committee: 'utskott@demo.samverkan.se',
  council: 'programrad@demo.samverkan.se',
} as const;

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  queries: QueryCounter;
  config: AppConfig;
  jwt: JwtService;
  /** Signs in a demo user (or any user) and returns the bearer header value. */
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real app (same `createApp` as `npm start`) on the integration database, emptied first and seeded
 * with the base and demo data, so every test file starts from the same state.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  hooks: Pick<Parameters<typeof createApp>[0], 'registrations' | 'mail' | 'evaluation' | 'jobs' | 'loadRenderer'> = {},
  options: { keepData?: boolean } = {},
): Promise<TestApp> {
  const databaseUrl = process.env['SAMVERKAN_IT_DATABASE_URL'];
  if (!databaseUrl) throw new Error('SAMVERKAN_IT_DATABASE_URL is not set: run through jest.int.config.cts');
  const config = loadConfig({
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    WEB_DIST: '/nonexistent',
    SEED_DEMO: 'true',
    PUBLIC_URL: 'http://localhost:3000',
    ...env,
  });
  const queries = new QueryCounter();
  if (!options.keepData) await truncateAll(databaseUrl);
  const app = await createApp({
    config,
    databaseUrl,
    jwtSecret: TEST_JWT_SECRET,
    database: { logger: queries, logging: ['query'] },
    mail: { retryIntervalMs: 0, ...hooks.mail },
    registrations: { retentionIntervalMs: 0, ...hooks.registrations },
    evaluation: hooks.evaluation,
    // The job queue only where a test asks for it (reminders): the others start faster without it.
    jobs: { enabled: false, pollingIntervalSeconds: 0.5, ...hooks.jobs },
    loadRenderer: hooks.loadRenderer,
  });
  // A real listening server: hundreds of concurrent requests share it, as they would in production.
  await app.listen(0, '127.0.0.1');
  const http = request(await app.getUrl());
  return {
    app,
    http,
    dataSource: app.get(DataSource),
    queries,
    config,
    jwt: new JwtService({ secret: TEST_JWT_SECRET }),
    async login(email: string, password = DEMO_PASSWORD) {
      const res = await http.post('/api/auth/login').send({ email, password });
      if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return `Bearer ${(res.body as LoginResponse).accessToken}`;
    },
    close: () => app.close(),
  };
}

async function truncateAll(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    if (rows.length) await client.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * The tables that hold data, for proving a rejected request changed nothing. Not the rate-limit
 * counters: every public write is counted there, refused or not, which is what they are for.
 */
export async function dataTables(dataSource: DataSource): Promise<string[]> {
  const tables: { tablename: string }[] = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'rate_limit_counters' ORDER BY tablename`,
  );
  return tables.map((t) => t.tablename);
}

/** Row counts of every data table: to prove a rejected request changed nothing. */
export async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const tablename of await dataTables(dataSource)) {
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM "${tablename}"`);
    counts[tablename] = count;
  }
  return counts;
}
