import { untilIdle } from './drain';

describe('untilIdle', () => {
  it('waits for pooled connections in use, and gives up at its limit', async () => {
    const pool = { totalCount: 2, idleCount: 1, waitingCount: 0 };
    setTimeout(() => (pool.idleCount = 2), 60);
    expect(await untilIdle(pool, 2000, 5)).toBe(true);
    pool.waitingCount = 1;
    const started = Date.now();
    expect(await untilIdle(pool, 100, 5)).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
  });
});
