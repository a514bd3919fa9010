export const EVALUATION_OPTIONS = Symbol('EVALUATION_OPTIONS');

export interface EvaluationOptions {
  /** The web app's address, for the links in the invitations. */
  publicUrl: string;
  /**
   * The race test's negative control: invitations claimed by a read and a later write instead of the
   * conditional upsert. Settable only through code (createApp options), never from the environment.
   */
  unsafeSkipInvitationClaim?: boolean;
}
