import type { ErrorText } from './error-text';

/** Error codes of drafting with evidence (citations of a position), `strategy.<what>` (see errors.ts). */
export const STRATEGY_EVIDENCE_ERRORS = {
  'strategy.unknown-evidence': {
    sv: 'Underlaget finns inte (längre). Läs in underlaget igen och välj ett annat.',
    en: 'That evidence does not exist (any more). Reload the evidence and choose another.',
  },
  'strategy.citation-not-found': {
    sv: 'Hänvisningen finns inte. Läs in sidan igen.',
    en: 'That citation does not exist. Reload the page.',
  },
  'strategy.already-cited': {
    sv: 'Ståndpunkten hänvisar redan till det underlaget.',
    en: 'The position already cites that evidence.',
  },
} as const satisfies Record<string, ErrorText>;
