import './node-version';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApp } from './bootstrap';
import { runCli } from './cli';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
import { DEMO_PASSWORD, DEMO_USERS } from './database/seeds';

/** Without JWT_SECRET (demo mode only) a secret is made once and kept beside the embedded data. */
function localJwtSecret(config: AppConfig): string {
  const file = join(config.dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

export async function openDatabase(config: AppConfig): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  return { url: embedded.url, embedded };
}

/**
 * Start-up work (migrations, seeds) one process at a time: TypeORM takes no lock of its own for
 * migrations, so two processes started together would both try to apply the same one. The lock is a
 * session advisory lock on a connection of its own, released as soon as this process is ready.
 */
async function oneAtATime<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('samverkan:start-up'))`);
    return await work();
  } finally {
    await client.end().catch(() => undefined); // ending the session releases the lock
  }
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const [command, ...args] = process.argv.slice(2);
  if (command) {
    process.exitCode = await runCli(command, args, config);
    return;
  }

  const started = Date.now();
  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase(config);
  } catch (error) {
    // embedded-postgres rejects with no reason when its server exits (a taken port, a folder in use).
    const reason = error instanceof Error ? `: ${error.message}` : '';
    console.error(
      `Samverkan could not start its embedded PostgreSQL on port ${config.embeddedPgPort} with its data in ${config.dataDir}${reason}. ` +
        'Another PostgreSQL or Samverkan may be using that port or folder: stop it, or set EMBEDDED_PG_PORT and DATA_DIR to others.',
    );
    process.exit(1);
  }
  const { url, embedded } = database;
  let stopping = false;
  const stopEmbedded = async () => {
    if (stopping || !embedded) return;
    stopping = true;
    await embedded.stop().catch(() => undefined);
  };
  try {
    const app = await oneAtATime(url, () => createApp({ config, databaseUrl: url, jwtSecret: config.jwtSecret ?? localJwtSecret(config) }));
    // Nest closes the app on SIGINT/SIGTERM (enableShutdownHooks); the database goes down after it.
    process.once('beforeExit', () => void stopEmbedded());
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        void app
          .close()
          .finally(stopEmbedded)
          .finally(() => process.exit(0));
      });
    }
    await app.listen(config.port, config.host);
    // Idle keep-alive connections are closed by the client or the proxy in front (whose idle timeouts are
    // near 60 s), not by the server first: a request sent as the server closed one failed with ECONNRESET.
    const server = app.getHttpServer() as Server;
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    const lines = [
      `Samverkan is running on ${config.publicUrl} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      `  database: ${embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}`,
      `  API docs: ${config.publicUrl}/api/docs`,
    ];
    if (config.seedDemo) {
      lines.push(`  demo accounts (password "${DEMO_PASSWORD}"):`);
      for (const user of DEMO_USERS) lines.push(`    ${user.email.padEnd(32)} ${user.roles.join(', ')}`);
    }
    console.log(lines.join('\n'));
  } catch (error) {
    console.error('Samverkan could not start:', error instanceof Error ? error.message : error);
    await stopEmbedded();
    process.exit(1);
  }
}

void main();
