import type { ErrorText } from './error-text';

/** Error codes of the evaluation domain, `evaluation.<what>`, with their texts (see errors.ts). */
export const EVALUATION_ERRORS = {
  'evaluation.not-ended': {
    sv: 'Utvärderingen öppnar när konferensen har slutat ({endsAt}). Kom tillbaka då.',
    en: 'The evaluation opens when the conference has ended ({endsAt}). Come back then.',
  },
  'evaluation.closed': {
    sv: 'Utvärderingen stängde {closesAt}. Det går inte längre att svara eller ändra svaret.',
    en: 'The evaluation closed on {closesAt}. Answers can no longer be given or changed.',
  },
  'evaluation.not-confirmed': {
    sv: 'Bara den som hade en plats på konferensen kan svara på utvärderingen. Din anmälan står på reservlistan eller är avbokad.',
    en: 'Only those who had a seat at the conference can answer the evaluation. Your registration is on the waiting list or cancelled.',
  },
  'evaluation.conference-cancelled': {
    sv: 'Konferensen ställdes in, så den har ingen utvärdering.',
    en: 'The conference was cancelled, so it has no evaluation.',
  },
  'evaluation.unknown-session': {
    sv: 'Programpunkten {agendaItemId} är inte en av dina programpunkter. Ta bort den ur svaret och försök igen.',
    en: 'The programme item {agendaItemId} is not one of yours. Remove it from the answer and try again.',
  },
  'evaluation.closes-before-end': {
    sv: 'Utvärderingen kan inte stänga innan konferensen har slutat. Välj en senare tid.',
    en: 'The evaluation cannot close before the conference has ended. Choose a later time.',
  },
} as const satisfies Record<string, ErrorText>;
