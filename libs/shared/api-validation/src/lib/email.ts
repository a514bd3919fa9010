/**
 * The one form of an e-mail address the API compares and stores: trimmed, Unicode NFC (so "å" typed
 * as one code point and as "a" + combining ring are the same address), lower-case. Lower-casing can
 * in rare cases leave text that is not NFC, so NFC is applied again after it; the function is
 * idempotent. Look-alike letters from other scripts (Cyrillic "а" for Latin "a") stay distinct: they
 * are different addresses to a mail server too.
 */
export function normaliseEmail(value: string): string {
  return value.trim().normalize('NFC').toLowerCase().normalize('NFC');
}
