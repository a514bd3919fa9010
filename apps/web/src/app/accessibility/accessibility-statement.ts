import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { FieldErrorPipe } from '@samverkan/shared/ui';
import { ACCESSIBILITY_EMAIL, OFFICE_PHONE } from '../contact';
import { MailClient } from './mail-client';

/** Tillgänglighetsredogörelse, with a feedback form that hands a ready message to the e-mail program. */
@Component({
  selector: 'app-accessibility-statement',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatInput, MatButton, TranslatePipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accessibility-statement.html',
})
export class AccessibilityStatement {
  private readonly mail = inject(MailClient);
  private readonly translate = inject(TranslateService);

  protected readonly email = ACCESSIBILITY_EMAIL;
  protected readonly phone = OFFICE_PHONE;
  protected readonly form = inject(NonNullableFormBuilder).group({
    description: ['', [Validators.required, Validators.maxLength(4000)]],
    page: ['', Validators.maxLength(500)],
    replyTo: ['', [Validators.email, Validators.maxLength(254)]],
  });
  protected readonly opened = signal(false);

  protected openMail(): void {
    this.opened.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { description, page, replyTo } = this.form.getRawValue();
    const t = (key: string): string => this.translate.instant(key);
    const lines = [`${t('a11y.mailDescription')}:`, description.trim()];
    if (page.trim()) lines.push('', `${t('a11y.mailPage')}: ${page.trim()}`);
    if (replyTo.trim()) lines.push('', `${t('a11y.mailReplyTo')}: ${replyTo.trim()}`);
    this.mail.open(ACCESSIBILITY_EMAIL, t('a11y.mailSubject'), lines.join('\n'));
    this.opened.set(true);
  }
}
