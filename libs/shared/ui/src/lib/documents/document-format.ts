/** The kind of file a content type is, as a key under `documents.types`. */
export function documentKind(contentType: string): 'pdf' | 'word' | 'excel' | 'powerpoint' | 'opendocument' | 'image' | 'text' | 'other' {
  if (contentType === 'application/pdf') return 'pdf';
  if (contentType.startsWith('image/')) return 'image';
  if (contentType.startsWith('text/')) return 'text';
  if (contentType.includes('opendocument')) return 'opendocument';
  if (contentType === 'application/msword' || contentType.includes('wordprocessingml')) return 'word';
  if (contentType === 'application/vnd.ms-excel' || contentType.includes('spreadsheetml')) return 'excel';
  if (contentType === 'application/vnd.ms-powerpoint' || contentType.includes('presentationml')) return 'powerpoint';
  return 'other';
}

/** A size for people: bytes under 1 kB, then kB and MB with one decimal in the language's style. */
export function documentSize(bytes: number, language: string): { size: string; unit: 'B' | 'kB' | 'MB' } {
  const format = (value: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return { size: format(bytes), unit: 'B' };
  if (bytes < 1024 * 1024) return { size: format(bytes / 1024), unit: 'kB' };
  return { size: format(bytes / 1024 / 1024), unit: 'MB' };
}
