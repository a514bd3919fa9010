import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { errorText as codeText, isErrorCode } from '@samverkan/shared/contract';
import { asApiError } from './api-error';

/**
 * The text to show for a failed request (or anything else caught), in the page's language: the API's
 * message (the API wrote it in the language the page had when it asked); after a switch of language,
 * the text of the error's code in the new one (ERROR_TEXTS in the shared contract); "Too many
 * attempts" for a 429; "Something went wrong" for anything that is not an API error. Every page and
 * dialog shows errors through this one function.
 */
export function errorText(error: unknown, translate: TranslateService): string {
  const apiError = asApiError(error, translate.instant('errors.unexpected'));
  if (apiError.statusCode === 429) return translate.instant('errors.tooManyAttempts');
  const language = translate.getCurrentLang() === 'en' ? 'en' : 'sv';
  if (apiError.language && apiError.language !== language && isErrorCode(apiError.code)) return codeText(apiError.code, language, apiError.params);
  return apiError.message;
}

/**
 * `[message]="failure() | svErrorText"`: `errorText` in a template, following a language switch
 * (impure, as the text of the same error changes with the language).
 */
@Pipe({ name: 'svErrorText', pure: false })
export class ErrorTextPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(error: unknown): string {
    this.translate.currentLang();
    return error ? errorText(error, this.translate) : '';
  }
}
