export const EVALUATION_OPTIONS = Symbol('EVALUATION_OPTIONS');

export interface EvaluationOptions {
  /** The web app's address, for the links in the invitations. */
  publicUrl: string;
}
