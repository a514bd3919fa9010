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

  describe('TRUST_PROXY', () => {
    it('is off unless set', () => {
      expect(loadConfig({}).trustProxy).toBe(false);
      expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
      expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    });

    it('refuses a blanket true, which would let any client choose its own address', () => {
      for (const value of ['true', 'TRUE', 'yes', 'all']) {
        expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
        try {
          loadConfig({ TRUST_PROXY: value });
        } catch (error) {
          expect((error as ConfigError).problems).toHaveLength(1);
          expect((error as ConfigError).problems[0]).toMatch(/^TRUST_PROXY=.*number of proxies.*loopback, 10\.0\.0\.0\/8/);
        }
      }
    });

    it('accepts a hop count', () => {
      expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
      expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    });

    it('accepts a list of proxy addresses, subnets and the named ranges', () => {
      expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
      expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5' }).trustProxy).toEqual(['10.0.0.0/8', '192.168.1.5']);
      expect(loadConfig({ TRUST_PROXY: 'loopback,uniquelocal, fd00::/8 ,::1' }).trustProxy).toEqual([
        'loopback',
        'uniquelocal',
        'fd00::/8',
        '::1',
      ]);
    });

    it('refuses entries that are neither an address, a subnet nor a named range', () => {
      for (const value of ['10.0.0.0/33', 'proxy.example.se', '10.0.0.0/8,', '1.2.3', '-1', '1.5', '::1/129']) {
        expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY=/);
      }
    });
  });
});
