import type { ErrorText } from './error-text';

/** Error codes of a conference's own questions and their answers, `registration-questions.<what>` (see errors.ts). */
export const REGISTRATION_QUESTIONS_ERRORS = {
  'registration-questions.answer-required': {
    sv: 'Svara på frågan ”{question}”. Den är obligatorisk.',
    en: 'Answer the question “{question}”. It is required.',
  },
  'registration-questions.unknown-question': {
    sv: 'Frågan {questionId} finns inte i formuläret. Läs in sidan igen och svara på frågorna som visas.',
    en: 'The question {questionId} is not on the form. Reload the page and answer the questions shown.',
  },
  'registration-questions.unknown-option': {
    sv: 'Det valda svaret på frågan ”{question}” finns inte längre. Välj ett av alternativen som visas.',
    en: 'The chosen answer to “{question}” no longer exists. Choose one of the options shown.',
  },
  'registration-questions.wrong-type': {
    sv: 'Svaret på frågan ”{question}” har fel form. Svara med fältet som visas i formuläret.',
    en: 'The answer to “{question}” has the wrong form. Answer with the field shown on the form.',
  },
  'registration-questions.answer-too-long': {
    sv: 'Svaret på frågan ”{question}” är för långt. Korta det till högst {max} tecken.',
    en: 'The answer to “{question}” is too long. Shorten it to at most {max} characters.',
  },
  'registration-questions.invalid-text': {
    sv: 'Svaret på frågan ”{question}” innehåller tecken som inte går att spara. Skriv om svaret.',
    en: 'The answer to “{question}” contains characters that cannot be saved. Write the answer again.',
  },
  'registration-questions.answers-closed': {
    sv: 'Anmälan har stängt, så svaren går inte längre att ändra. Kontakta arrangören om något behöver rättas.',
    en: 'Registration has closed, so the answers can no longer be changed. Contact the organiser if something needs correcting.',
  },
  'registration-questions.invalid-questions': {
    sv: 'Frågorna går inte att spara. Rätta de markerade frågorna och försök igen.',
    en: 'The questions cannot be saved. Correct the marked questions and try again.',
  },
  'registration-questions.kind-locked': {
    sv: 'Frågan ”{question}” har redan svar, så dess typ går inte att ändra. Lägg till en ny fråga i stället.',
    en: 'The question “{question}” already has answers, so its kind cannot change. Add a new question instead.',
  },
} as const satisfies Record<string, ErrorText>;
