import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { FocusAreasApi } from '@samverkan/strategy/feature';
import {
  ErrorMessage,
  FieldErrorPipe,
  LanguageService,
  LoadingIndicator,
  applyServerErrors,
  errorText,
  isApiError,
} from '@samverkan/shared/ui';
import { CallsApi } from './calls-api';
import { callPeriod, localizedCall, stockholmDateTime } from './call-view';

/** Committee and admin (`calls.manage`): a conference's open calls, opening a new one and closing one. */
@Component({
  selector: 'sv-call-management-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'calls.manage.heading' | translate }}</h1>
    @if (calls.isLoading()) {
      <sv-loading-indicator label="calls.manage.loading" />
    } @else if (listError(); as message) {
      <sv-error-message [message]="message" [retryable]="true" (retry)="calls.reload()" />
    } @else if (rows().length === 0) {
      <p>{{ 'calls.manage.empty' | translate }}</p>
    } @else {
      <ul class="sv-calls">
        @for (row of rows(); track row.id) {
          <li [attr.data-call]="row.id">
            <strong>{{ row.title }}</strong> — {{ 'calls.period' | translate: row.period }} —
            {{ (row.open ? 'calls.manage.open' : 'calls.manage.notOpen') | translate }}
            <a [routerLink]="['/upprop', row.id]">{{ 'calls.manage.publicLink' | translate }}</a>
            <a [routerLink]="['/programradet/upprop', row.id]">{{ 'calls.manage.submissions' | translate }}</a>
            @if (row.open) {
              <button mat-stroked-button type="button" (click)="close(row.id)">{{ 'calls.manage.close' | translate }}</button>
            }
          </li>
        }
      </ul>
    }
    @if (notice(); as n) {
      <p role="status">{{ n | translate }}</p>
    }

    <h2>{{ 'calls.manage.newHeading' | translate }}</h2>
    @if (prefilled().length) {
      <p class="sv-hint" data-prefilled>{{ 'calls.manage.prefilled' | translate }}</p>
    }
    <form [formGroup]="form" (ngSubmit)="create()" class="sv-call-form" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'calls.manage.titleSv' | translate }}</mat-label>
        <input matInput formControlName="titleSv" required />
        <mat-error>{{ form.controls.titleSv | svFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'calls.manage.titleEn' | translate }}</mat-label>
        <input matInput formControlName="titleEn" />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'calls.manage.textSv' | translate }}</mat-label>
        <textarea matInput formControlName="textSv" rows="5" required></textarea>
        <mat-error>{{ form.controls.textSv | svFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'calls.manage.textEn' | translate }}</mat-label>
        <textarea matInput formControlName="textEn" rows="5"></textarea>
      </mat-form-field>
      <div class="sv-call-form__times">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'calls.manage.opensDate' | translate }}</mat-label>
          <input matInput type="date" formControlName="opensDate" required />
          <mat-error>{{ form.controls.opensDate | svFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'calls.manage.opensTime' | translate }}</mat-label>
          <input matInput type="time" formControlName="opensTime" required />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'calls.manage.closesDate' | translate }}</mat-label>
          <input matInput type="date" formControlName="closesDate" required />
          <mat-error>{{ form.controls.closesDate | svFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'calls.manage.closesTime' | translate }}</mat-label>
          <input matInput type="time" formControlName="closesTime" required />
        </mat-form-field>
      </div>
      <fieldset class="sv-fieldset">
        <legend>{{ 'calls.focusAreas' | translate }}</legend>
        @for (area of areaOptions(); track area.code) {
          <mat-checkbox [checked]="chosen().includes(area.code)" (change)="toggle(area.code, $event.checked)">{{
            area.title
          }}</mat-checkbox>
        }
      </fieldset>
      @if (createError(); as message) {
        <sv-error-message [message]="message" />
      }
      <button mat-flat-button type="submit" [disabled]="busy()">{{ 'calls.manage.create' | translate }}</button>
    </form>
  `,
  styles: `
    .sv-calls li {
      margin: 8px 0;
    }
    .sv-calls a {
      margin-left: 8px;
    }
    .sv-call-form {
      display: flex;
      flex-direction: column;
      max-width: 720px;
    }
    .sv-call-form__times {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .sv-fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 4px;
      margin: 0 0 16px;
      padding: 8px 16px;
    }
  `,
})
export class CallManagementPage {
  private readonly api = inject(CallsApi);
  private readonly focusAreas = inject(FocusAreasApi);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  /** The conference (route parameter). */
  readonly id = input.required<string>();
  /** Query parameter: focus-area codes to pre-fill, comma-separated (the coverage report's gaps). */
  readonly omraden = input<string>();

  protected readonly calls = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.listForConference(params) });
  private readonly areas = rxResource({ stream: () => this.focusAreas.list() });
  protected readonly listError = computed(() => {
    const error = this.calls.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly rows = computed(() => {
    if (!this.calls.hasValue()) return [];
    const language = this.language.current();
    return this.calls
      .value()
      .map((call) => ({ id: call.id, open: call.open, title: localizedCall(call, language).title, period: callPeriod(call, language) }));
  });
  protected readonly areaOptions = computed(() => {
    const language = this.language.current();
    const list = this.areas.hasValue() ? this.areas.value() : [];
    return list.map((area) => ({ code: area.code, title: language === 'en' ? area.titleEn || area.titleSv : area.titleSv }));
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    titleSv: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(300)]],
    titleEn: [''],
    textSv: ['', [Validators.required, Validators.minLength(10)]],
    textEn: [''],
    opensDate: ['', Validators.required],
    opensTime: ['09:00', Validators.required],
    closesDate: ['', Validators.required],
    closesTime: ['17:00', Validators.required],
  });
  /** The codes of `omraden` that the adopted strategy has, in its order. */
  protected readonly prefilled = computed(() => {
    const asked = new Set((this.omraden() ?? '').split(',').map((code) => code.trim()));
    return (this.areas.hasValue() ? this.areas.value() : []).map((area) => area.code).filter((code) => asked.has(code));
  });
  protected readonly chosen = linkedSignal<FocusAreaCode[]>(() => this.prefilled());
  protected readonly busy = signal(false);
  protected readonly createError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected toggle(code: FocusAreaCode, checked: boolean): void {
    this.chosen.update((codes) => (checked ? [...codes.filter((c) => c !== code), code] : codes.filter((c) => c !== code)));
  }

  protected create(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.createError.set(null);
    this.api
      .create(this.id(), {
        titleSv: v.titleSv,
        titleEn: v.titleEn || null,
        textSv: v.textSv,
        textEn: v.textEn || null,
        opensAt: stockholmDateTime(v.opensDate, v.opensTime),
        closesAt: stockholmDateTime(v.closesDate, v.closesTime),
        focusAreaCodes: this.chosen(),
      })
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.form.reset();
          this.chosen.set([]);
          this.notice.set('calls.manage.created');
          this.calls.reload();
        },
        error: (error: unknown) => {
          this.busy.set(false);
          // The API names opensAt/closesAt; the form asks for their dates.
          if (isApiError(error)) {
            const errors: Record<string, string> = { ...error.errors };
            if (errors['opensAt']) errors['opensDate'] = errors['opensAt'];
            if (errors['closesAt']) errors['closesDate'] = errors['closesAt'];
            applyServerErrors(this.form, { ...error.toBody(), errors });
          }
          this.createError.set(errorText(error, this.translate));
        },
      });
  }

  protected close(id: string): void {
    this.api.close(id).subscribe({
      next: () => {
        this.notice.set('calls.manage.closeDone');
        this.calls.reload();
      },
      error: (error: unknown) => this.createError.set(errorText(error, this.translate)),
    });
  }
}
