import type { ErrorText } from './error-text';

/** Error codes of attached files, `document.<what>`, with their texts (see errors.ts). */
export const DOCUMENTS_ERRORS = {
  'document.not-found': { sv: 'Filen finns inte.', en: 'The file does not exist.' },
  'document.too-large': { sv: 'Filen är för stor. Den får vara högst 25 MB.', en: 'The file is too large. It may be at most 25 MB.' },
  'document.type-refused': {
    sv: 'Den filtypen tas inte emot, eller så stämmer filens innehåll inte med filändelsen. Skicka PDF, Word, Excel, PowerPoint, OpenDocument, en bild (PNG, JPEG, GIF, WebP) eller text (.txt, .md, .csv).',
    en: 'That type of file is not accepted, or its content does not match its extension. Send PDF, Word, Excel, PowerPoint, OpenDocument, an image (PNG, JPEG, GIF, WebP) or text (.txt, .md, .csv).',
  },
  'document.file-name': { sv: 'Filnamnet får inte innehålla en sökväg.', en: 'The file name may not contain a path.' },
  'document.no-file': { sv: 'Välj en fil att ladda upp.', en: 'Choose a file to upload.' },
  'document.bad-upload': {
    sv: 'Uppladdningen kunde inte läsas. Skicka formuläret med parentType och parentId före filen.',
    en: 'The upload could not be read. Send the form with parentType and parentId before the file.',
  },
} as const satisfies Record<string, ErrorText>;
