import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import {
  ErrorMessage,
  FieldErrorPipe,
  LanguageService,
  LoadingIndicator,
  applyServerErrors,
  describePage,
  errorText,
  isApiError,
  notFoundStatus,
} from '@samverkan/shared/ui';
import { CallsApi } from './calls-api';
import { callDescription, callPeriod, localizedCall, submissionRequest } from './call-view';

const requireOne = (control: AbstractControl): ValidationErrors | null =>
  (control.value as unknown[]).length ? null : { requireOne: true };

/**
 * Public (server-rendered): an open call's title, text, period and focus areas, and the form to send a
 * proposal without an account. A hidden field (the honeypot) is left empty by people; an optional file
 * goes up after the 202 with its upload token; then the page asks the visitor to check their e-mail.
 */
@Component({
  selector: 'sv-call-page',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    MatCheckbox,
    MatRadioGroup,
    MatRadioButton,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (call.isLoading()) {
      <sv-loading-indicator label="calls.loading" />
    } @else if (notFound()) {
      <h1>{{ 'calls.pageTitle' | translate }}</h1>
      <p>{{ 'calls.notFound' | translate }}</p>
    } @else if (loadError(); as message) {
      <sv-error-message [message]="message" [retryable]="true" (retry)="call.reload()" />
    } @else if (view(); as v) {
      <article class="sv-call">
        <h1>{{ v.title }}</h1>
        <p class="sv-call__period">{{ 'calls.period' | translate: v.period }}</p>
        <p class="sv-call__text">{{ v.text }}</p>
        <h2>{{ 'calls.focusAreas' | translate }}</h2>
        <ul>
          @for (area of v.areas; track area.code) {
            <li>{{ area.title }}</li>
          }
        </ul>

        @if (!v.open) {
          <p>{{ 'calls.closedNotice' | translate }}</p>
        } @else if (sentTo(); as email) {
          <section class="sv-call__sent" aria-live="polite">
            <h2 #sentHeading tabindex="-1">{{ 'calls.sentHeading' | translate }}</h2>
            <p>{{ 'calls.sent' | translate: { email } }}</p>
            @switch (upload()) {
              @case ('uploading') {
                <p>{{ 'calls.uploading' | translate }}</p>
              }
              @case ('done') {
                <p>{{ 'calls.uploaded' | translate }}</p>
              }
              @case ('failed') {
                <p>{{ 'calls.uploadFailed' | translate }}</p>
              }
            }
          </section>
        } @else {
          <h2>{{ 'calls.formHeading' | translate }}</h2>
          <p>{{ 'calls.formIntro' | translate }}</p>
          <form [formGroup]="form" (ngSubmit)="send()" class="sv-call__form" novalidate>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'calls.name' | translate }}</mat-label>
              <input matInput formControlName="name" autocomplete="name" required />
              <mat-error>{{ form.controls.name | svFieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'calls.organisation' | translate }}</mat-label>
              <input matInput formControlName="organisationName" autocomplete="organization" required />
              <mat-error>{{ form.controls.organisationName | svFieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'calls.email' | translate }}</mat-label>
              <input matInput type="email" formControlName="email" autocomplete="email" required />
              <mat-error>{{ form.controls.email | svFieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'calls.title' | translate }}</mat-label>
              <input matInput formControlName="title" autocomplete="off" required />
              <mat-error>{{ form.controls.title | svFieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'calls.summary' | translate }}</mat-label>
              <textarea matInput formControlName="summary" rows="5" required></textarea>
              <mat-hint>{{ 'calls.summaryHint' | translate }}</mat-hint>
              <mat-error>{{ form.controls.summary | svFieldError }}</mat-error>
            </mat-form-field>

            <fieldset class="sv-fieldset">
              <legend>{{ 'calls.kind' | translate }}</legend>
              <mat-radio-group formControlName="kind" class="sv-call__kinds">
                <mat-radio-button value="session">{{ 'calls.kindSession' | translate }}</mat-radio-button>
                <mat-radio-button value="theme">{{ 'calls.kindTheme' | translate }}</mat-radio-button>
              </mat-radio-group>
            </fieldset>

            <fieldset class="sv-fieldset" [attr.aria-describedby]="focusAreasInvalid() ? 'call-focus-error' : null">
              <legend>{{ 'calls.chooseFocusAreas' | translate }}</legend>
              @for (area of v.areas; track area.code) {
                <mat-checkbox [checked]="hasFocusArea(area.code)" (change)="toggleFocusArea(area.code, $event.checked)">{{
                  area.title
                }}</mat-checkbox>
              }
              @if (focusAreasInvalid()) {
                <p class="sv-field-error" id="call-focus-error">
                  @if (form.controls.focusAreaCodes.errors?.['requireOne']) {
                    {{ 'calls.focusAreasRequired' | translate }}
                  } @else {
                    {{ form.controls.focusAreaCodes | svFieldError }}
                  }
                </p>
              }
            </fieldset>

            <!-- The honeypot: out of sight and out of the accessibility tree; people leave it empty. -->
            <div class="sv-call__trap" aria-hidden="true">
              <label for="call-website">{{ 'calls.honeypot' | translate }}</label>
              <input id="call-website" type="text" formControlName="website" tabindex="-1" autocomplete="off" />
            </div>

            <div class="sv-call__file">
              <label for="call-file">{{ 'calls.file' | translate }}</label>
              <input id="call-file" type="file" aria-describedby="call-file-hint" (change)="chooseFile($event)" />
              <p id="call-file-hint" class="sv-hint">{{ 'calls.fileHint' | translate }}</p>
            </div>

            @if (sendError(); as message) {
              <sv-error-message [message]="message" />
            }
            <button mat-flat-button type="submit" [disabled]="sending()">
              {{ (sending() ? 'calls.sending' : 'calls.send') | translate }}
            </button>
          </form>
        }
      </article>
    }
  `,
  styles: `
    .sv-call {
      max-width: 720px;
    }
    .sv-call__text {
      white-space: pre-line;
    }
    .sv-call__form {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .sv-call__kinds {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
    }
    .sv-fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 4px;
      margin: 0 0 16px;
      padding: 8px 16px;
    }
    .sv-call__trap {
      position: absolute;
      left: -10000px;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    .sv-call__file {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin-bottom: 16px;
    }
    .sv-hint {
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
    .sv-field-error {
      color: var(--mat-sys-error);
    }
  `,
})
export class CallPage {
  private readonly api = inject(CallsApi);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  /** Bound from the route. */
  readonly callId = input.required<string>();

  protected readonly call = rxResource({ params: () => this.callId(), stream: ({ params }) => this.api.get(params) });
  protected readonly notFound = computed(() => {
    const error = this.call.error();
    return isApiError(error) && (error.statusCode === 404 || error.statusCode === 400);
  });
  protected readonly loadError = computed(() => {
    const error = this.call.error();
    return error && !this.notFound() ? errorText(error, this.translate) : null;
  });
  protected readonly view = computed(() => {
    if (!this.call.hasValue()) return null;
    const call = this.call.value();
    const language = this.language.current();
    return {
      ...localizedCall(call, language),
      period: callPeriod(call, language),
      open: call.open,
      areas: call.focusAreas.map((a) => ({ code: a.code, title: language === 'en' ? a.titleEn : a.titleSv })),
    };
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    organisationName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(300)]],
    summary: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(2000)]],
    kind: ['session' as 'session' | 'theme'],
    focusAreaCodes: [[] as FocusAreaCode[], [requireOne]],
    website: [''],
  });
  private file: File | null = null;
  protected readonly sending = signal(false);
  protected readonly sendError = signal<string | null>(null);
  protected readonly sentTo = signal<string | null>(null);
  protected readonly upload = signal<'none' | 'uploading' | 'done' | 'failed'>('none');
  private readonly focusTouched = signal(false);

  constructor() {
    notFoundStatus(this.notFound);
    describePage(() => {
      const view = this.view();
      if (!view) return null;
      return { title: view.title, description: callDescription(view.text), path: `/upprop/${encodeURIComponent(this.callId())}` };
    });
  }

  protected focusAreasInvalid(): boolean {
    this.focusTouched();
    return this.form.controls.focusAreaCodes.invalid && this.form.controls.focusAreaCodes.touched;
  }

  protected hasFocusArea(code: FocusAreaCode): boolean {
    return this.form.controls.focusAreaCodes.value.includes(code);
  }

  protected toggleFocusArea(code: FocusAreaCode, checked: boolean): void {
    const codes = this.form.controls.focusAreaCodes.value.filter((c) => c !== code);
    this.form.controls.focusAreaCodes.setValue(checked ? [...codes, code] : codes);
    this.form.controls.focusAreaCodes.markAsTouched();
    this.focusTouched.set(!this.focusTouched());
  }

  protected chooseFile(event: Event): void {
    this.file = (event.target as HTMLInputElement).files?.[0] ?? null;
  }

  protected send(): void {
    this.form.markAllAsTouched();
    this.focusTouched.set(!this.focusTouched());
    if (this.form.invalid || this.sending()) return;
    this.sending.set(true);
    this.sendError.set(null);
    const value = this.form.getRawValue();
    this.api.submit(this.callId(), submissionRequest(value, this.language.current())).subscribe({
      next: (received) => {
        this.sending.set(false);
        this.sentTo.set(value.email.trim());
        const file = this.file;
        if (!file) return;
        this.upload.set('uploading');
        this.api.attach(received.submissionId, received.uploadToken, file).subscribe({
          next: () => this.upload.set('done'),
          error: () => this.upload.set('failed'),
        });
      },
      error: (error: unknown) => {
        this.sending.set(false);
        if (isApiError(error) && applyServerErrors(this.form, error)) {
          this.focusTouched.set(!this.focusTouched());
          return;
        }
        this.sendError.set(errorText(error, this.translate));
      },
    });
  }
}
