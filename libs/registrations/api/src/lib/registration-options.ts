export const REGISTRATION_OPTIONS = Symbol('REGISTRATION_OPTIONS');

export interface RegistrationOptions {
  publicUrl: string;
  /** Days after a conference ends before personal data of its registrations is anonymised. */
  retentionDays: number;
  /** How often the retention job looks for work; 0 turns it off (tests run it by hand). */
  retentionIntervalMs: number;
  /**
   * TEST ONLY: skip the seat rows and their locks, to prove the race test can see overbooking.
   * Settable only through code (createApp options), never from the environment.
   */
  unsafeSkipCapacityGuard?: boolean;
}
