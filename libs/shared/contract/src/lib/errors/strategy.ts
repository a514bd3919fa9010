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
  'strategy.not-found': {
    sv: 'Strategiversionen finns inte.',
    en: 'That strategy version does not exist.',
  },
  'strategy.not-draft': {
    sv: 'Bara ett utkast kan ändras. Den här versionen är inte längre ett utkast.',
    en: 'Only a draft can be changed. This version is no longer a draft.',
  },
  'strategy.wrong-state': {
    sv: 'Det går inte med versionens nuvarande status. Läs in sidan igen.',
    en: 'That is not possible with the version’s current status. Reload the page.',
  },
  'strategy.draft-exists': {
    sv: 'Det finns redan ett utkast eller en version på remiss. Arbeta vidare med den.',
    en: 'There is already a draft or a version in consultation. Continue with that one.',
  },
  'strategy.version-taken': {
    sv: 'Det finns redan en version med den beteckningen. Välj en annan.',
    en: 'A version with that label already exists. Choose another.',
  },
  'strategy.text-recorded': {
    sv: 'Versionens text finns redan. Bara en ersatt version utan text kan få sin text inläst.',
    en: 'The version’s text is already recorded. Only a replaced version without text can have its text imported.',
  },
  'strategy.duplicate-focus-area': {
    sv: 'Två fokusområden har samma kod. Ge varje område en egen kod.',
    en: 'Two focus areas have the same code. Give each area its own code.',
  },
  'strategy.unknown-position': {
    sv: 'Ståndpunkten finns inte i det fokusområdet. Läs in sidan igen.',
    en: 'That position is not in that focus area. Reload the page.',
  },
  'strategy.invalid-mapping': {
    sv: 'Kopplingen mellan fokusområdena stämmer inte: varje område i den förra versionen ska nämnas en gång och bara peka på områden i den nya.',
    en: 'The focus-area mapping is wrong: every area of the previous version must be named once and point only to areas of the new one.',
  },
  'strategy.mapping-incomplete': {
    sv: 'Ange vart varje fokusområde i den förra versionen tar vägen innan versionen antas.',
    en: 'Say where every focus area of the previous version goes before the version is adopted.',
  },
  'strategy.stale-draft': {
    sv: 'Utkastet bygger inte på den gällande strategin, som har bytts sedan utkastet skapades.',
    en: 'The draft is not based on the current strategy, which has changed since the draft was created.',
  },
} as const satisfies Record<string, ErrorText>;
