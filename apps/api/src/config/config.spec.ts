import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to demo mode on the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      seedDemo: true,
      databaseUrl: undefined,
      embeddedPgPort: 54329,
      publicUrl: 'http://localhost:3000',
    });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('uses an external database without demo data unless asked', () => {
    const env = { DATABASE_URL: 'postgres://u:p@db:5432/samverkan', JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig(env)).toMatchObject({ databaseUrl: env.DATABASE_URL, seedDemo: false });
    expect(loadConfig({ ...env, SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('names every bad variable in one readable error', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', JWT_SECRET: 'short' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems, message } = error as ConfigError;
      expect(problems.map((p) => p.split('=')[0])).toEqual(['PORT', 'DATABASE_URL', 'JWT_SECRET', 'LOG_LEVEL']);
      expect(message).toContain('configuration is invalid');
      expect(message).toContain('must be a PostgreSQL URL');
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });

  it('requires JWT_SECRET with an external database', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:p@db/samverkan' })).toThrow(/JWT_SECRET is required/);
  });
});
