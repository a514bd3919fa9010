import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { type ApiError, ErrorMessage, ErrorTextPipe, FieldErrorPipe, applyServerErrors, asApiError } from '@samverkan/shared/ui';
import { PasswordResetApi } from './password-reset-api';

/**
 * "Forgot password": asks for a link by e-mail. The answer is the same whether or not the address
 * has an account, so the page never tells who has one.
 */
@Component({
  selector: 'sv-forgot-password-page',
  imports: [
    ErrorTextPipe,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forgot-password-page.html',
})
export class ForgotPasswordPage {
  private readonly api = inject(PasswordResetApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly sentHeading = viewChild<ElementRef<HTMLElement>>('sentHeading');

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
  });
  protected readonly sending = signal(false);
  protected readonly sent = signal(false);
  protected readonly failure = signal<ApiError | null>(null);

  protected send(): void {
    if (this.sending()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }
    this.sending.set(true);
    this.api.request({ email: this.form.getRawValue().email.trim() }).subscribe({
      next: () => {
        this.sending.set(false);
        this.sent.set(true);
        // Move focus to the outcome so screen reader users hear it.
        setTimeout(() => this.sentHeading()?.nativeElement.focus());
      },
      error: (error: unknown) => {
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        this.sending.set(false);
        if (applyServerErrors(this.form, apiError)) {
          this.focusFirstInvalidField();
        } else {
          this.failure.set(apiError);
        }
      },
    });
  }

  private focusFirstInvalidField(): void {
    this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid')?.focus();
  }
}
