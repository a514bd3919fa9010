import { Injectable } from '@angular/core';
import {
  TranslateCompiler,
  type InterpolatableTranslation,
  type InterpolatableTranslationObject,
  type InterpolateFunction,
  type TranslationObject,
} from '@ngx-translate/core';

type Part = string | { readonly name: string; readonly branches: ReadonlyMap<string, readonly Part[]> };

const PLURAL_START = /\{\s*(\w+)\s*,\s*plural\s*,/y;
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/**
 * Parses `…{count, plural, =0 {…} one {# kommentar} other {# kommentarer}}…` into parts; `{{name}}`
 * placeholders stay in the text parts. Only what the texts use: plural blocks (nested ones too),
 * `=N` and the CLDR categories, and `#` for the number.
 */
export function parsePlurals(text: string): Part[] {
  const parts: Part[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('{{', i)) {
      // A `{{name}}` placeholder is copied whole, so its braces never start a block.
      const end = text.indexOf('}}', i);
      const stop = end < 0 ? text.length : end + 2;
      literal += text.slice(i, stop);
      i = stop;
      continue;
    }
    PLURAL_START.lastIndex = i;
    const start = text[i] === '{' ? PLURAL_START.exec(text) : null;
    if (!start) {
      literal += text[i];
      i++;
      continue;
    }
    if (literal) parts.push(literal);
    literal = '';
    i += start[0].length;
    const branches = new Map<string, Part[]>();
    for (;;) {
      while (/\s/.test(text[i] ?? '')) i++;
      if (text[i] === '}') {
        i++;
        break;
      }
      const selector = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(text.slice(i));
      if (!selector) throw new SyntaxError(`Bad plural in "${text}" at ${i}`);
      i += selector[0].length;
      const bodyStart = i;
      let depth = 1;
      for (; i < text.length && depth > 0; i++) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}') depth--;
      }
      if (depth > 0) throw new SyntaxError(`Unclosed plural branch in "${text}"`);
      branches.set(selector[1], parsePlurals(text.slice(bodyStart, i - 1)));
    }
    if (!branches.has('other')) throw new SyntaxError(`A plural without "other" in "${text}"`);
    parts.push({ name: start[1], branches });
  }
  if (literal) parts.push(literal);
  return parts;
}

function value(params: Record<string, unknown> | undefined, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], params);
}

function render(parts: readonly Part[], params: Record<string, unknown> | undefined, rules: Intl.PluralRules, hash?: string): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return hash === undefined ? part : part.replace(/#/g, hash);
      // A number, or a number already formatted for display ("1 500"): # shows it as given.
      const raw = value(params, part.name);
      const count = Number(String(raw).replace(/[\s\u00a0\u202f]/g, ''));
      const branch = part.branches.get(`=${count}`) ?? part.branches.get(rules.select(count)) ?? (part.branches.get('other') as Part[]);
      return render(branch, params, rules, String(raw));
    })
    .join('')
    .replace(PLACEHOLDER, (whole, key: string) => {
      const replacement = value(params, key);
      return replacement === undefined || replacement === null ? whole : String(replacement);
    });
}

/**
 * Lets a text count things in the language's own plural forms, written the ICU way:
 * `{count, plural, one {# kommentar} other {# kommentarer}}`. Texts without a plural stay plain
 * strings for ngx-translate's `{{name}}` interpolation; a text with one becomes a function of the
 * parameters. No `eval`: the content security policy allows none.
 */
@Injectable()
export class PluralCompiler extends TranslateCompiler {
  compile(text: string, lang: string): InterpolatableTranslation {
    if (!/\{\s*\w+\s*,\s*plural\s*,/.test(text)) return text;
    const parts = parsePlurals(text);
    const rules = new Intl.PluralRules(lang === 'en' ? 'en-GB' : 'sv-SE');
    const fn: InterpolateFunction = (params) => render(parts, params as Record<string, unknown> | undefined, rules);
    return fn;
  }

  compileTranslations(translations: TranslationObject, lang: string): InterpolatableTranslationObject {
    const result: Record<string, unknown> = {};
    for (const [key, text] of Object.entries(translations)) {
      result[key] =
        typeof text === 'string'
          ? this.compile(text, lang)
          : text && typeof text === 'object' && !Array.isArray(text)
            ? this.compileTranslations(text as TranslationObject, lang)
            : text;
    }
    return result as InterpolatableTranslationObject;
  }
}
