import { stringify, type Stringifier } from 'csv-stringify';

/**
 * Characters a spreadsheet reads as the start of a formula (OWASP "CSV injection"): = + - @, the
 * full-width forms Apple Numbers folds into them, and tab and CR, which some programs drop first.
 */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r]/;
/** The same after whitespace or control characters a program may trim on import (" =1+1", "\n=1+1"). */
const FORMULA_AFTER_TRIM = /^[\s\p{Cc}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** True when a text cell would start a formula in a spreadsheet, now or once trimmed. */
export function startsLikeFormula(value: string): boolean {
  return FORMULA_START.test(value) || FORMULA_AFTER_TRIM.test(value);
}

/** A text cell a spreadsheet shows as text: a leading apostrophe when it would start a formula. */
export function spreadsheetText(value: string): string {
  return startsLikeFormula(value) ? `'${value}` : value;
}

/**
 * The one way the API writes CSV: UTF-8 with a BOM (Excel), a header row, and every text cell passed
 * through `spreadsheetText` (numbers stay numbers, so a negative count is not touched).
 */
export function csvStringifier(columns: ReadonlyArray<readonly [key: string, header: string]>): Stringifier {
  return stringify({
    header: true,
    bom: true,
    columns: columns.map(([key, header]) => ({ key, header })),
    cast: { string: spreadsheetText },
    // The library's own rule as a second guard (it knows the same characters).
    escape_formulas: true,
  });
}
