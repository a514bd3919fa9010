import type { ErrorText } from './error-text';

/** Error codes of the committee domain, `committee.<what>`, with their texts (see errors.ts). */
export const COMMITTEE_ERRORS = {
  'committee.meeting-not-found': {
    sv: 'Mötet finns inte. Kontrollera adressen eller gå tillbaka till listan med möten.',
    en: 'That meeting does not exist. Check the address or go back to the list of meetings.',
  },
  'committee.item-not-found': {
    sv: 'Punkten finns inte på mötets dagordning. Läs in sidan igen.',
    en: 'That item is not on the meeting’s agenda. Reload the page.',
  },
  'committee.action-item-not-found': {
    sv: 'Åtgärden finns inte. Läs in sidan igen.',
    en: 'That action item does not exist. Reload the page.',
  },
  'committee.unknown-person': {
    sv: 'En av de valda personerna finns inte. Välj bland de personer som erbjuds.',
    en: 'One of the chosen people does not exist. Choose among the people offered.',
  },
  'committee.minutes-locked': {
    sv: 'Protokollet är justerat och låst, så mötet kan inte ändras.',
    en: 'The minutes have been approved and locked, so the meeting cannot be changed.',
  },
  'committee.proposal-not-submitted': {
    sv: 'Bara inlämnade förslag kan tas upp till beslut.',
    en: 'Only submitted proposals can be put forward for a decision.',
  },
  'committee.proposal-already-on-agenda': {
    sv: 'Förslaget finns redan på dagordningen.',
    en: 'The proposal is already on the agenda.',
  },
  'committee.decided-item-not-removable': {
    sv: 'En punkt med beslut kan inte tas bort.',
    en: 'An item with a decision cannot be removed.',
  },
  'committee.agenda-mismatch': {
    sv: 'Ordningen stämmer inte med dagordningen som den ser ut nu. Läs in sidan igen och ordna punkterna på nytt.',
    en: 'The order does not match the agenda as it is now. Reload the page and order the items again.',
  },
  'committee.decision-incomplete': {
    sv: 'Ange både utfall och motivering för beslutet om förslaget.',
    en: 'Give both the outcome and the reasons for the decision on the proposal.',
  },
  'committee.outcome-only-for-proposals': {
    sv: 'Utfall anges bara för punkter om förslag. Skriv beslutet som text i stället.',
    en: 'An outcome is only given for items about proposals. Write the decision as text instead.',
  },
  'committee.proposal-already-decided': {
    sv: 'Förslaget är redan beslutat på det här mötet.',
    en: 'The proposal has already been decided on at this meeting.',
  },
  'committee.minutes-checker-missing': {
    sv: 'Välj en justerare innan protokollet justeras.',
    en: 'Choose a minutes checker before the minutes are approved.',
  },
  'committee.minutes-already-adjusted': {
    sv: 'Du har redan justerat protokollet.',
    en: 'You have already approved the minutes.',
  },
  'committee.minutes-not-adjusted': {
    sv: 'Protokollet är inte justerat än. PDF:en finns när ordföranden och justeraren har justerat det.',
    en: 'The minutes have not been approved yet. The PDF is there once the chair and the minutes checker have approved them.',
  },
  'committee.not-minutes-checker': {
    sv: 'Bara mötets ordförande och justerare kan justera protokollet.',
    en: 'Only the meeting’s chair and minutes checker can approve the minutes.',
  },
} as const satisfies Record<string, ErrorText>;
