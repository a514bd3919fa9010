import type { ErrorText } from './error-text';

/** Error codes of the coverage domain, `coverage.<what>`, with their texts (see errors.ts). */
export const COVERAGE_ERRORS = {
  'coverage.import-file-missing': {
    sv: 'Välj en CSV- eller XLSX-fil.',
    en: 'Choose a CSV or XLSX file.',
  },
  'coverage.import-unsupported-type': {
    sv: 'Filen måste vara CSV eller XLSX. Spara den i ett av de formaten och försök igen.',
    en: 'The file must be CSV or XLSX. Save it in one of those formats and try again.',
  },
  'coverage.import-too-large': {
    sv: 'Arbetsboken blir för stor uppackad (högst {limitMb} MB). Spara bladet som CSV eller dela upp filen.',
    en: 'The workbook is too large when unpacked (at most {limitMb} MB). Save the sheet as CSV or split the file.',
  },
  'coverage.import-has-errors': {
    sv: 'Filen har {count} fel. Inget importerades. Rätta raderna och försök igen.',
    en: 'The file has errors ({count}). Nothing was imported. Correct the rows and try again.',
  },
} as const satisfies Record<string, ErrorText>;
