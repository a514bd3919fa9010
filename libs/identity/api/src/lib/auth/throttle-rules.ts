import { createHash } from 'node:crypto';

/** Failed logins within the window (a password check not yet finished counts as failed). */
export interface FailureCounts {
  /** For this account from this address. */
  pair: number;
  /** From this address, any account. */
  address: number;
  /** For this account, any address. */
  account: number;
  /** This address has signed in to this account before (within KNOWN_ADDRESS_DAYS). */
  known: boolean;
}

export interface ThrottleLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  maxFailuresTotal: number;
}

/** How long a successful sign-in keeps an address known to an account. */
export const KNOWN_ADDRESS_DAYS = 30;

/**
 * May this address try a password for this account now? Strict per (account, address) and per
 * address; per account over all addresses only beyond a much higher ceiling, and then only new
 * addresses are refused, so guessing from elsewhere cannot lock the owner out of their usual place.
 */
export function mayTryPassword(counts: FailureCounts, limits: ThrottleLimits): boolean {
  if (counts.pair >= limits.maxFailuresPerAccount) return false;
  if (counts.address >= limits.maxFailuresPerAddress) return false;
  if (counts.account >= limits.maxFailuresTotal && !counts.known) return false;
  return true;
}

/**
 * Transaction-level advisory lock keys for one attempt (the account and the address), as signed
 * 64-bit integers in ascending order, so every attempt takes its locks in one global order.
 */
export function throttleLockKeys(email: string, address: string): string[] {
  return [`login-account:${email}`, `login-address:${address}`]
    .map((name) => createHash('sha256').update(name).digest().readBigInt64BE(0))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map(String);
}
