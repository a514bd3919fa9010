export type LetterLanguage = 'sv' | 'en';

const WORDING: Record<LetterLanguage, { hello: string; privacy: string }> = {
  sv: { hello: 'Hej', privacy: 'Så behandlar vi dina personuppgifter:' },
  en: { hello: 'Hello', privacy: 'How we handle your personal data:' },
};

export const LETTER_SIGNATURE = '— Svenska Industrikommuner';

/**
 * The plain text of a mail to one person about their own data: a greeting by name, the body's lines,
 * where the association says how it handles personal data, and the signature. One shape for every
 * such mail, so a change to the notice or the signature is made once.
 */
export function personalLetter(language: LetterLanguage, name: string, body: readonly string[], publicUrl: string): string {
  const w = WORDING[language];
  return [`${w.hello} ${name},`, '', ...body, '', w.privacy, `${publicUrl}/personuppgifter`, '', LETTER_SIGNATURE].join('\n');
}
