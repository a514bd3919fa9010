import type { ErrorText } from './error-text';

/** Error codes of conference fees and invoice details, `fees.<what>`, with their texts (see errors.ts). */
export const FEES_ERRORS = {
  'fees.invoice-required': {
    sv: 'En avgift gäller för din anmälan. Fyll i organisationsnummer, fakturaadress och fakturareferens.',
    en: 'A fee applies to your registration. Fill in the organisation number, invoice address and invoice reference.',
  },
  'fees.duplicate-price': {
    sv: 'Prislistan har två priser för samma organisationstyp och medlemskap. Ta bort det ena och spara igen.',
    en: 'The price list has two prices for the same organisation type and membership. Remove one and save again.',
  },
} as const satisfies Record<string, ErrorText>;
