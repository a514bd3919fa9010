/**
 * Every error the API answers with has a stable `code` (docs/api-contract.md). The texts for each code,
 * in Swedish and English, live here once: the API writes `message` from them in the caller's language,
 * and the web translates by `code` with the same table. `{name}` stands for a parameter the error
 * carries in `params`; a parameter ending in `At` is a time and is written as a Stockholm date and time.
 */
import { IDENTITY_ERRORS } from './errors/identity';
import { CONFERENCES_ERRORS } from './errors/conferences';
import { REGISTRATIONS_ERRORS } from './errors/registrations';
import { AGENDA_ERRORS } from './errors/agenda';
import { CALENDAR_ERRORS } from './errors/calendar';
import { PROPOSALS_ERRORS } from './errors/proposals';
import { COMMITTEE_ERRORS } from './errors/committee';
import { EVALUATION_ERRORS } from './errors/evaluation';
import { COVERAGE_ERRORS } from './errors/coverage';
import { ATTENDANCE_ERRORS } from './errors/attendance';
import { STRATEGY_ERRORS } from './errors/strategy';
import { STRATEGY_CONSULTATION_ERRORS } from './errors/strategy-consultation';
import { ATTENDANCE_PRINT_ERRORS } from './errors/attendance-print';
import { MESSAGING_ERRORS } from './errors/messaging';
import { REGISTRATION_QUESTIONS_ERRORS } from './errors/registration-questions';
import { GROUPS_ERRORS } from './errors/groups';
import { FEES_ERRORS } from './errors/fees';
import { CALLS_ERRORS } from './errors/calls';
import { DOCUMENTS_ERRORS } from './errors/documents';
import { ENGAGEMENT_ERRORS } from './errors/engagement';
import { STRATEGY_EVIDENCE_ERRORS } from './errors/strategy-evidence';
import type { ErrorText } from './errors/error-text';

export type { ErrorText } from './errors/error-text';

const GENERAL_ERRORS = {
  // Requests in general: the code when nothing more precise applies.
  'request.invalid': { sv: 'Något i uppgifterna stämmer inte. Rätta de markerade fälten och försök igen.', en: 'Something in the details is not right. Correct the marked fields and try again.' },
  'request.invalid-json': { sv: 'Innehållet kunde inte läsas. Skicka giltig JSON.', en: 'The content could not be read. Send valid JSON.' },
  'request.invalid-address': { sv: 'Adressen innehåller ogiltiga tecken.', en: 'The address contains invalid characters.' },
  'request.unsupported-type': { sv: 'Innehållstypen stöds inte. Skicka JSON.', en: 'That content type is not supported. Send JSON.' },
  'request.too-large': { sv: 'Det du skickade är för stort.', en: 'What you sent is too large.' },
  'request.method-not-allowed': { sv: 'Det går inte att göra så här.', en: 'That cannot be done here.' },
  'request.not-found': { sv: 'Det du söker finns inte.', en: 'What you are looking for does not exist.' },
  'request.conflict': { sv: 'Uppgifterna krockar med något som redan finns. Läs in sidan igen och försök på nytt.', en: 'The details clash with something that already exists. Reload the page and try again.' },
  'request.not-processable': { sv: 'Det går inte att göra just nu. Kontrollera uppgifterna och försök igen.', en: 'That cannot be done right now. Check the details and try again.' },
  'request.too-many': { sv: 'För många försök på kort tid. Vänta en stund och försök igen.', en: 'Too many attempts in a short time. Wait a while and try again.' },
  'server.unavailable': { sv: 'Tjänsten är inte tillgänglig just nu. Försök igen om en stund.', en: 'The service is not available right now. Try again in a moment.' },
  'server.busy': { sv: 'Tjänsten har många besökare just nu. Försök igen om en stund.', en: 'The service is very busy right now. Try again in a moment.' },
  'server.error': { sv: 'Något gick fel hos oss. Försök igen, och kontakta oss om felet kvarstår.', en: 'Something went wrong on our side. Try again, and contact us if it keeps happening.' },
  'validation.failed': { sv: 'Några uppgifter behöver rättas. Se de markerade fälten.', en: 'Some details need correcting. See the marked fields.' },
  'database.duplicate': { sv: 'Det finns redan en likadan post.', en: 'An identical entry already exists.' },
  'database.reference': { sv: 'Något som uppgifterna hänvisar till finns inte, eller används fortfarande.', en: 'Something the details refer to does not exist, or is still in use.' },
  'database.constraint': { sv: 'Uppgifterna uppfyller inte reglerna. Kontrollera värdena och försök igen.', en: 'The details break a rule. Check the values and try again.' },
  'database.bad-value': { sv: 'Ett värde har fel form.', en: 'A value has the wrong form.' },
  // Signing in and permissions.
  'auth.unauthenticated': { sv: 'Du behöver logga in.', en: 'You need to sign in.' },
  'auth.forbidden': { sv: 'Du har inte behörighet till detta.', en: 'You are not allowed to do this.' },
} as const satisfies Record<string, ErrorText>;

/** Every code: the general ones above, then each domain's (one file per domain in errors/). */
export const ERROR_TEXTS = {
  ...GENERAL_ERRORS,
  ...IDENTITY_ERRORS,
  ...CONFERENCES_ERRORS,
  ...REGISTRATIONS_ERRORS,
  ...AGENDA_ERRORS,
  ...CALENDAR_ERRORS,
  ...PROPOSALS_ERRORS,
  ...COMMITTEE_ERRORS,
  ...ATTENDANCE_ERRORS,
  ...EVALUATION_ERRORS,
  ...COVERAGE_ERRORS,
  ...STRATEGY_ERRORS,
  ...STRATEGY_CONSULTATION_ERRORS,
  ...ATTENDANCE_PRINT_ERRORS,
  ...MESSAGING_ERRORS,
  ...REGISTRATION_QUESTIONS_ERRORS,
  ...GROUPS_ERRORS,
  ...FEES_ERRORS,
  ...CALLS_ERRORS,
  ...DOCUMENTS_ERRORS,
  ...ENGAGEMENT_ERRORS,
  ...STRATEGY_EVIDENCE_ERRORS,
} as const satisfies Record<string, ErrorText>;

export type ErrorCode = keyof typeof ERROR_TEXTS;
export type ErrorLanguage = 'sv' | 'en';
export type ErrorParams = Record<string, string | number>;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_TEXTS, code);
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function formatParam(name: string, value: string | number, language: ErrorLanguage): string {
  if (typeof value === 'string' && name.endsWith('At') && ISO_TIME.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime()))
      return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
        timeZone: 'Europe/Stockholm',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }).format(date);
  }
  return String(value);
}

/** The text of an error code in a language, with its parameters filled in. */
export function errorText(code: ErrorCode, language: ErrorLanguage, params: ErrorParams = {}): string {
  return ERROR_TEXTS[code][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(name, params[name], language) : whole,
  );
}
