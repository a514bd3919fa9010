import type { ErrorText } from './error-text';

/**
 * Error codes of the strategy consultation (comments and wording proposals on a version in
 * consultation) and of adopting a version at a committee meeting, with their texts (see errors.ts).
 */
export const STRATEGY_CONSULTATION_ERRORS = {
  'strategy.not-in-consultation': {
    sv: 'Versionen är inte på remiss. Synpunkter och formuleringsförslag tas bara emot under remissen.',
    en: 'The version is not in consultation. Comments and wording proposals are only taken during the consultation.',
  },
  'strategy.position-not-found': {
    sv: 'Ståndpunkten finns inte i den här versionen. Läs in sidan igen.',
    en: 'That position is not in this version. Reload the page.',
  },
  'strategy.comment-not-found': {
    sv: 'Synpunkten finns inte.',
    en: 'That comment does not exist.',
  },
  'strategy.not-comment-author': {
    sv: 'Bara den som skrev synpunkten kan ta bort den.',
    en: 'Only the person who wrote the comment can delete it.',
  },
  'strategy.wording-not-found': {
    sv: 'Formuleringsförslaget finns inte.',
    en: 'That wording proposal does not exist.',
  },
  'strategy.wording-decided': {
    sv: 'Formuleringsförslaget är redan avgjort.',
    en: 'That wording proposal has already been decided.',
  },
  'strategy.wording-unchanged': {
    sv: 'Förslaget är likadant som den nuvarande formuleringen. Ändra texten.',
    en: 'The proposal is the same as the current wording. Change the text.',
  },
  'committee.strategy-not-in-consultation': {
    sv: 'Bara en strategiversion som är på remiss kan tas upp för beslut.',
    en: 'Only a strategy version in consultation can be put up for a decision.',
  },
  'committee.strategy-already-decided': {
    sv: 'Beslutet om strategiversionen är redan fattat.',
    en: 'The decision on the strategy version has already been made.',
  },
  'committee.strategy-already-on-agenda': {
    sv: 'Strategiversionen finns redan på mötets dagordning.',
    en: 'The strategy version is already on the meeting’s agenda.',
  },
} as const satisfies Record<string, ErrorText>;
