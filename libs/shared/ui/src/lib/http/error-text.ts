import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { asApiError } from './api-error';

/**
 * The text to show for a failed request (or anything else caught): the API's message, "Too many
 * attempts" for a 429, or "Something went wrong" when there is no message. Every page and dialog shows errors through this one function, so
 * that texts per error code can be added here.
 */
export function errorText(error: unknown, translate: TranslateService): string {
  const apiError = asApiError(error, translate.instant('errors.unexpected'));
  if (apiError.statusCode === 429) return translate.instant('errors.tooManyAttempts');
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
