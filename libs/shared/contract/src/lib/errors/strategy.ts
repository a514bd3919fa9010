import type { ErrorText } from './error-text';

/** Error codes of the strategy domain, `strategy.<what>`, with their texts (see errors.ts). */
export const STRATEGY_ERRORS = {
  'strategy.unknown-focus-area': {
    sv: 'Fokusområdet finns inte i den gällande strategin. Välj ett av strategins fokusområden.',
    en: 'That focus area is not in the current strategy. Choose one of the strategy’s focus areas.',
  },
  'strategy.none-current': {
    sv: 'Det finns ingen gällande strategi. Be en administratör lägga in den.',
    en: 'There is no current strategy. Ask an administrator to add it.',
  },
} as const satisfies Record<string, ErrorText>;
