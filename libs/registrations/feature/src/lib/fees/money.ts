/** Öre as kronor for people: sv "1 250,00 kr", en "SEK 1,250.00". */
export function formatKronor(ore: number, language: 'sv' | 'en'): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { style: 'currency', currency: 'SEK' }).format(ore / 100);
}

/**
 * Kronor as typed by staff ("1 250", "1250,50", "1 250.5") to öre; null when it is not an amount
 * with at most two decimals. Spaces (also non-breaking) are thousands separators.
 */
export function parseKronor(text: string): number | null {
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
  if (!match) return null;
  const ore = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return Number.isSafeInteger(ore) ? ore : null;
}

/** Öre as the staff's input shows them: "1250" or "1250,50". */
export function kronorInput(ore: number): string {
  return ore % 100 === 0 ? String(ore / 100) : `${Math.floor(ore / 100)},${String(ore % 100).padStart(2, '0')}`;
}
