import { mayTryPassword, throttleLockKeys, type FailureCounts } from './throttle-rules';

const limits = { maxFailuresPerAccount: 5, maxFailuresPerAddress: 50, maxFailuresTotal: 100 };
const counts = (c: Partial<FailureCounts>): FailureCounts => ({ pair: 0, address: 0, account: 0, known: false, ...c });

describe('mayTryPassword', () => {
  it('allows a clean address', () => {
    expect(mayTryPassword(counts({}), limits)).toBe(true);
  });

  it('stops one address guessing at one account after the per-account limit', () => {
    expect(mayTryPassword(counts({ pair: 4, account: 4 }), limits)).toBe(true);
    expect(mayTryPassword(counts({ pair: 5, account: 5 }), limits)).toBe(false);
    // Known or not: the pair limit holds for everyone.
    expect(mayTryPassword(counts({ pair: 5, account: 5, known: true }), limits)).toBe(false);
  });

  it('stops one address spraying many accounts', () => {
    expect(mayTryPassword(counts({ address: 49 }), limits)).toBe(true);
    expect(mayTryPassword(counts({ address: 50 }), limits)).toBe(false);
  });

  it('lets another address try while one is throttled for the account', () => {
    expect(mayTryPassword(counts({ pair: 0, account: 5 }), limits)).toBe(true);
    expect(mayTryPassword(counts({ pair: 0, account: 99 }), limits)).toBe(true);
  });

  it('beyond the account-wide ceiling, lets only known addresses try', () => {
    expect(mayTryPassword(counts({ account: 100 }), limits)).toBe(false);
    expect(mayTryPassword(counts({ account: 100, known: true }), limits)).toBe(true);
  });
});

describe('throttleLockKeys', () => {
  it('gives two distinct signed 64-bit keys in ascending order, the same each time', () => {
    const keys = throttleLockKeys('admin@kommun.se', '192.0.2.1');
    expect(keys).toHaveLength(2);
    expect(keys).toEqual(throttleLockKeys('admin@kommun.se', '192.0.2.1'));
    const [a, b] = keys.map(BigInt);
    expect(a < b).toBe(true);
    for (const k of [a, b]) expect(k >= -(2n ** 63n) && k < 2n ** 63n).toBe(true);
  });

  it('shares the address key between accounts and the account key between addresses', () => {
    const one = throttleLockKeys('a@kommun.se', '192.0.2.1');
    const otherAccount = throttleLockKeys('b@kommun.se', '192.0.2.1');
    const otherAddress = throttleLockKeys('a@kommun.se', '192.0.2.2');
    expect(one.filter((k) => otherAccount.includes(k))).toHaveLength(1);
    expect(one.filter((k) => otherAddress.includes(k))).toHaveLength(1);
  });
});
