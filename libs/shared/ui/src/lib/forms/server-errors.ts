import type { AbstractControl, FormGroup } from '@angular/forms';
import type { ApiErrorBody } from '@samverkan/shared/contract';

/** What a server-side field error is stored as on the control (`control.errors.server`). */
export interface ServerFieldError {
  code: string;
  message: string;
}

/**
 * Puts the API's `errors: { field: code }` on the matching controls so the form shows
 * each next to its field. Returns true when at least one field took an error; the
 * caller shows `message` on its own otherwise. The error goes once the user edits the field.
 */
export function applyServerErrors(form: FormGroup, error: ApiErrorBody): boolean {
  let applied = false;
  for (const [field, code] of Object.entries(error.errors ?? {})) {
    const control: AbstractControl | null = form.get(field);
    if (!control) continue;
    const server: ServerFieldError = { code, message: error.message };
    control.setErrors({ ...(control.errors ?? {}), server });
    control.markAsTouched();
    applied = true;
  }
  return applied;
}
