import { Pipe, PipeTransform, inject } from '@angular/core';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import type { ServerFieldError } from './server-errors';

export interface FieldErrorMessage {
  key: string;
  params?: Record<string, unknown>;
  /** Shown as is when there is no translation for a server code. */
  text?: string;
}

/** The message for a control's first error, as a translation key (pure, so it is easy to test). */
export function fieldErrorMessage(errors: ValidationErrors | null): FieldErrorMessage | null {
  if (!errors) return null;
  if (errors['server']) {
    const server = errors['server'] as ServerFieldError;
    return { key: `validation.server.${server.code}`, text: server.message };
  }
  if (errors['required']) return { key: 'validation.required' };
  if (errors['email']) return { key: 'validation.email' };
  if (errors['minlength']) return { key: 'validation.minLength', params: { min: errors['minlength'].requiredLength } };
  if (errors['maxlength']) return { key: 'validation.maxLength', params: { max: errors['maxlength'].requiredLength } };
  if (errors['min']) return { key: 'validation.min', params: { min: errors['min'].min } };
  if (errors['max']) return { key: 'validation.max', params: { max: errors['max'].max } };
  return { key: 'validation.invalid' };
}

/**
 * `{{ form.controls.email | svFieldError }}` inside `<mat-error>`: the translated message
 * for the control's first error. Impure because a control's errors change in place; it
 * reads the current language (a signal), so the message follows a language switch.
 */
@Pipe({ name: 'svFieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(control: AbstractControl | null | undefined): string {
    this.translate.currentLang();
    const message = fieldErrorMessage(control?.errors ?? null);
    if (!message) return '';
    const translated: string = this.translate.instant(message.key, message.params);
    // An unknown server code: show the API's own message rather than a key.
    return translated === message.key ? (message.text ?? this.translate.instant('validation.invalid')) : translated;
  }
}
