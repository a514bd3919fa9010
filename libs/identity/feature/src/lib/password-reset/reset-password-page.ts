import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { type ApiError, ErrorMessage, ErrorTextPipe, FieldErrorPipe, applyServerErrors, asApiError } from '@samverkan/shared/ui';
import { PasswordResetApi } from './password-reset-api';

/** The API's rule for passwords (as in the user dialog). */
const MIN_PASSWORD_LENGTH = 12;

/** The repeated password equals the first one (checked once the repeat has a value). */
function sameAsPassword(control: AbstractControl): ValidationErrors | null {
  const password = control.parent?.get('password')?.value as string | undefined;
  return control.value && password !== undefined && control.value !== password ? { mismatch: true } : null;
}

type Outcome = 'done' | 'invalid-link';

/** The page the e-mailed link opens (/aterstall-losenord/:token): choose a new password. */
@Component({
  selector: 'sv-reset-password-page',
  imports: [
    ErrorTextPipe,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reset-password-page.html',
})
export class ResetPasswordPage {
  private readonly api = inject(PasswordResetApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly token = inject(ActivatedRoute).snapshot.paramMap.get('token') ?? '';
  private readonly outcomeHeading = viewChild<ElementRef<HTMLElement>>('outcomeHeading');

  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH), Validators.maxLength(200)]],
    repeat: ['', [Validators.required, sameAsPassword]],
  });
  protected readonly saving = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly failure = signal<ApiError | null>(null);

  constructor() {
    // A change to the first password re-checks the repeat.
    this.form.controls.password.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.form.controls.repeat.updateValueAndValidity({ emitEvent: false }));
  }

  protected save(): void {
    if (this.saving()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }
    this.saving.set(true);
    this.api.confirm({ token: this.token, password: this.form.getRawValue().password }).subscribe({
      next: () => this.finish('done'),
      error: (error: unknown) => {
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        this.saving.set(false);
        // Unknown, used, expired or malformed: the link is of no more use, whatever the password.
        if (apiError.statusCode === 400 && apiError.errors?.['token']) {
          this.finish('invalid-link');
        } else if (applyServerErrors(this.form, apiError)) {
          this.focusFirstInvalidField();
        } else {
          this.failure.set(apiError);
        }
      },
    });
  }

  private finish(outcome: Outcome): void {
    this.saving.set(false);
    this.form.reset();
    this.outcome.set(outcome);
    // Move focus to the outcome so screen reader users hear it.
    setTimeout(() => this.outcomeHeading()?.nativeElement.focus());
  }

  private focusFirstInvalidField(): void {
    this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid')?.focus();
  }
}
