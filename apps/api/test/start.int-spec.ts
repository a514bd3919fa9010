import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const main = join(root, 'dist', 'apps', 'api', 'main.js');

/** The built server refuses bad configuration with a message that names the variable, before doing anything. */
describe('start-up configuration', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [main], { cwd: root, env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'utf8', timeout: 20000 });

  beforeAll(() => {
    if (!existsSync(main)) throw new Error(`${main} is missing: the integration target builds the api first`);
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
