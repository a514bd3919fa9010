import { createHash } from 'node:crypto';

/**
 * One mailbox however it is written: NFKC (fullwidth `ｓａｒａ` and `ſ` become `sara`, `s`) and case
 * folded (upper- then lower-case, so `ß` and `SS` meet too). Dots and `+tags` are kept: whether they
 * matter is up to the receiving mail server, and most keep them.
 */
export function recipientKey(address: string): string {
  return address.trim().normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC');
}

/** The stored key of a counter: a SHA-256, so the table holds no readable addresses. */
export function recipientCounterKey(scope: string, address: string): string {
  return createHash('sha256')
    .update(`${scope}\n${recipientKey(address)}`)
    .digest('hex');
}
