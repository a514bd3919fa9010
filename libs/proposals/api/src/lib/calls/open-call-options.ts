export const OPEN_CALL_OPTIONS = Symbol('OPEN_CALL_OPTIONS');

export interface OpenCallOptions {
  /** Where the confirmation links point (PUBLIC_URL). */
  publicUrl: string;
  /** Submissions per client address per window (CALL_SUBMISSIONS_PER_ADDRESS). */
  submissionsPerAddress: number;
  /** Submissions per e-mail address per window (CALL_SUBMISSIONS_PER_EMAIL). */
  submissionsPerEmail: number;
  /** CALL_SUBMISSION_WINDOW_SECONDS. */
  windowSeconds: number;
}
