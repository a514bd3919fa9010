import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp } from './support/test-app';

const root = join(__dirname, '..', '..', '..');
const main = join(root, 'dist', 'apps', 'api', 'main.js');

/** The built server refuses bad configuration with a message that names the variable, before doing anything. */
describe('start-up configuration', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [main], { cwd: root, env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'utf8', timeout: 20000 });

  beforeAll(() => {
    if (!existsSync(main)) throw new Error(`${main} is missing: the integration target builds the api first`);
  });

  it('says plainly when its embedded PostgreSQL cannot start: the port is taken by another server', () => {
    // The port of the test run's own PostgreSQL, which is listening.
    const taken = new URL(process.env['SAMVERKAN_IT_DATABASE_URL'] ?? '').port;
    expect(taken).toMatch(/^\d+$/);
    const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-taken-port-'));
    try {
      const result = spawnSync(process.execPath, [main], {
        cwd: root,
        env: { PATH: process.env['PATH'] ?? '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: taken, PORT: '3197' },
        encoding: 'utf8',
        timeout: 90_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`could not start its embedded PostgreSQL on port ${taken}`);
      expect(result.stderr).toContain('EMBEDDED_PG_PORT');
      expect(result.stderr).not.toContain('ERR_UNHANDLED_REJECTION');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('create-admin stores the address as the API does (NFC, lower-case) and refuses control characters', () => {
    const env = {
      PATH: process.env['PATH'] ?? '',
      DATABASE_URL: process.env['SAMVERKAN_IT_DATABASE_URL'] ?? '',
      JWT_SECRET: 'x'.repeat(40),
      ADMIN_PASSWORD: 'the-very-first-admin',
    };
    const createAdmin = (email: string, name: string) =>
      spawnSync(process.execPath, [main, 'create-admin', '--email', email, '--name', name], {
        cwd: root,
        env,
        encoding: 'utf8',
        timeout: 30000,
      });
    const first = createAdmin('A\u0308rla@Example.se', 'Ärla');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Administrator ärla@example.se created');
    expect(createAdmin('ÄRLA@example.se', 'Ärla').status).toBe(1);
    expect(createAdmin('tva@example.se', 'Två\nrader').status).toBe(2);
    expect(createAdmin('tva\u202e@example.se', 'Två').status).toBe(2);
  });

  it('creates the first administrator from the command line, who can then sign in', async () => {
    const env = {
      DATABASE_URL: process.env['SAMVERKAN_IT_DATABASE_URL'] ?? '',
      JWT_SECRET: 'x'.repeat(40),
      ADMIN_PASSWORD: 'the-very-first-admin',
    };
    const result = spawnSync(process.execPath, [main, 'create-admin', '--email', 'First.Admin@Example.se', '--name', 'Första Admin'], {
      cwd: root,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Administrator first.admin@example.se created');
    const again = spawnSync(process.execPath, [main, 'create-admin', '--email', 'first.admin@example.se', '--name', 'X'], {
      cwd: root,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(again.status).toBe(1);
    const t = await createTestApp({ SEED_DEMO: 'false' }, {}, { keepData: true });
    try {
      const me = await t.http
        .get('/api/auth/me')
        .set('Authorization', await t.login('first.admin@example.se', 'the-very-first-admin'))
        .expect(200);
      expect(me.body.roles).toEqual(['admin']);
    } finally {
      await t.close();
    }
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://nope' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://u:p@127.0.0.1:1/x' }, 'JWT_SECRET'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
  ])('stops with exit code 2 for %j, naming %s', (env, variable) => {
    const result = run(env);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('configuration is invalid');
    expect(result.stderr).toContain(variable);
  });
});

/** WORKERS=2: a primary with two API workers sharing the port, replacing one that dies, stopping all on SIGTERM. */
describe('worker processes', () => {
  const port = 3196;

  /** The pids of the primary's children that run the API (not PostgreSQL's). */
  const workerPids = (primary: number): number[] => {
    const children = spawnSync('pgrep', ['-P', String(primary)], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean)
      .map(Number);
    return children.filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('main.js');
      } catch {
        return false;
      }
    });
  };

  const until = async (what: string, check: () => boolean | Promise<boolean>, ms = 60_000) => {
    const end = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  it('serves from two workers, replaces one that is killed, and stops them all on SIGTERM', async () => {
    let output = '';
    const primary = spawn(process.execPath, [main], {
      cwd: root,
      env: {
        PATH: process.env['PATH'] ?? '',
        DATABASE_URL: process.env['SAMVERKAN_IT_DATABASE_URL'] ?? '',
        JWT_SECRET: 'w'.repeat(40),
        PORT: String(port),
        HOST: '127.0.0.1',
        WORKERS: '2',
        LOG_LEVEL: 'warn',
      },
    });
    primary.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    primary.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => primary.on('exit', (code) => resolve(code)));
    try {
      await until('the banner', () => output.includes('Samverkan is running'));
      expect(output).toContain(`2 workers sharing port ${port}`);
      const pids = workerPids(primary.pid as number);
      expect(pids).toHaveLength(2);
      const health = async () => (await fetch(`http://127.0.0.1:${port}/api/health`, { headers: { connection: 'close' } })).status;
      for (let i = 0; i < 6; i++) expect(await health()).toBe(200);

      // A worker that dies is replaced; the other serves meanwhile.
      process.kill(pids[0], 'SIGKILL');
      await until('a new worker', () => {
        const now = workerPids(primary.pid as number);
        return now.length === 2 && !now.includes(pids[0]);
      });
      await until('the new worker to listen', async () => (await health().catch(() => 0)) === 200);
      for (let i = 0; i < 6; i++) expect(await health()).toBe(200);
      const now = workerPids(primary.pid as number);

      primary.kill('SIGTERM');
      expect(await exited).toBe(0);
      for (const pid of now) expect(existsSync(`/proc/${pid}`)).toBe(false);
      await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
    } finally {
      primary.kill('SIGKILL');
    }
  }, 120_000);
});
