import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { type ApiError, ErrorMessage, ErrorTextPipe, FieldErrorPipe, applyServerErrors, asApiError } from '@samverkan/shared/ui';
import { AuthService } from '../auth/auth';
import { roleHomePath } from '../auth/role-home';

@Component({
  selector: 'sv-login-page',
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
  templateUrl: './login-page.html',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    password: ['', [Validators.required, Validators.maxLength(200)]],
  });
  protected readonly submitting = signal(false);
  protected readonly failure = signal<ApiError | null>(null);

  protected submitLogin(): void {
    if (this.submitting()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }
    this.submitting.set(true);
    this.auth.login(this.form.getRawValue()).subscribe({
      next: (user) => {
        void this.router.navigateByUrl(this.returnUrl() ?? roleHomePath(user.roles));
      },
      error: (error: unknown) => {
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        this.submitting.set(false);
        if (applyServerErrors(this.form, apiError)) {
          this.focusFirstInvalidField();
        } else {
          this.failure.set(apiError);
        }
      },
    });
  }

  /** Only a path inside this app: never send someone on to another site after login. */
  private returnUrl(): string | null {
    const url = this.route.snapshot.queryParamMap.get('returnUrl');
    return url && url.startsWith('/') && !url.startsWith('//') ? url : null;
  }

  private focusFirstInvalidField(): void {
    this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid')?.focus();
  }
}
