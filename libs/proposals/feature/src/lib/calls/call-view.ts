import type { CallLanguage as Language, CallResponse, CreateCallSubmissionRequest } from '@samverkan/proposals/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { formatDate, fromStockholmWallTime, toStockholmIso } from '@samverkan/shared/util-dates';

/** The call's title and text in the page's language (English falls back to Swedish). */
export function localizedCall(call: CallResponse, language: Language): { title: string; text: string } {
  return language === 'en'
    ? { title: call.titleEn ?? call.titleSv, text: call.textEn ?? call.textSv }
    : { title: call.titleSv, text: call.textSv };
}

/** The call's period in Stockholm time. */
export function callPeriod(call: CallResponse, language: Language): { opens: string; closes: string } {
  return { opens: formatDate(call.opensAt, language), closes: formatDate(call.closesAt, language) };
}

/** A page description: the call's text on one line, cut to 160 characters. */
export function callDescription(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= 160 ? line : `${line.slice(0, 159).trimEnd()}…`;
}

export interface SubmissionFormValue {
  name: string;
  organisationName: string;
  email: string;
  title: string;
  summary: string;
  kind: 'session' | 'theme';
  focusAreaCodes: FocusAreaCode[];
  website: string;
}

/** The request body: the honeypot goes along only when something is in it. */
export function submissionRequest(value: SubmissionFormValue, language: Language): CreateCallSubmissionRequest {
  const { website, ...fields } = value;
  return { ...fields, language, ...(website ? { website } : {}) };
}

/** A date (YYYY-MM-DD) and a time (HH:MM) in Stockholm as an ISO time with its offset. */
export function stockholmDateTime(date: string, time: string): string {
  return toStockholmIso(fromStockholmWallTime(date, time));
}
