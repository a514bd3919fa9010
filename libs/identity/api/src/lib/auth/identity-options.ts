export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

export interface IdentityOptions {
  jwtSecret: string;
  /** Key of the secret links (manage, calendar); unset, one is derived from jwtSecret. */
  linkSecret?: string;
  /** Where the web app is, for links in e-mails. */
  publicUrl: string;
  issuer: string;
  audience: string;
  /** Absolute lifetime of a token and its session. */
  tokenTtlSeconds: number;
  /** A session unused this long is closed. */
  idleTimeoutSeconds: number;
  /** Failed logins for one e-mail address from one network address within the window before 429. */
  maxFailuresPerAccount: number;
  /** Failed logins from one network address within the window before 429. */
  maxFailuresPerAddress: number;
  /** Failed logins for one e-mail address from all network addresses before only known addresses may try. */
  maxFailuresTotal: number;
  throttleWindowSeconds: number;
}
