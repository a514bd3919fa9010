import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
