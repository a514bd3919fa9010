/**
 * Secrets in links (manage, calendar and password-reset tokens) are 256 bits in base64url: 43
 * characters. A run of exactly that many such characters in a URL path is taken for one.
 */
const LINK_SECRET = /(?<=\/)[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

export const REDACTED = '[borttaget]';

/**
 * The text with the secret part of every link replaced, for the copy of a mail that stays in the
 * outbox once it has been sent: the recipient has the link, nobody reading the outbox needs it.
 */
export function redactLinkSecrets(text: string): string {
  return text.replace(LINK_SECRET, REDACTED);
}
