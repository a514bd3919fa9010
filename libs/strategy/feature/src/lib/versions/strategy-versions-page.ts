import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '@samverkan/identity/feature';
import { ErrorMessage, FieldErrorPipe, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { StrategyApi } from './strategy-api';
import { adoptedOn, statusKey } from './strategy-view';

/** The strategy's versions, oldest first (public; drafts only to the committee and the council). The committee starts a draft here. */
@Component({
  selector: 'sv-strategy-versions-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
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
    <div class="sv-page">
      <h1>{{ 'strategyPages.listHeading' | translate }}</h1>
      <p class="sv-lead">{{ 'strategyPages.listIntro' | translate }}</p>
      <p>
        <a routerLink="/strategi/gallande">{{ 'strategyPages.published.link' | translate }}</a>
      </p>

      @if (versions.isLoading()) {
        <sv-loading-indicator label="strategyPages.loading" />
      } @else if (listError(); as message) {
        <sv-error-message [message]="message" [retryable]="true" (retry)="versions.reload()" />
      } @else if (rows().length === 0) {
        <p class="sv-empty">{{ 'strategyPages.empty' | translate }}</p>
      } @else {
        <ol class="sv-strategy-versions">
          @for (row of rows(); track row.id) {
            <li [attr.data-version]="row.id">
              <a [routerLink]="['/strategi', row.id]">{{ row.title }}</a>
              <span class="sv-strategy-versions__status">{{ row.status | translate }}</span>
              <span class="sv-strategy-versions__date">
                @if (row.adoptedOn) {
                  {{ 'strategyPages.adoptedOn' | translate: { date: row.adoptedOn } }}
                } @else if (row.state === 'adopted' || row.state === 'replaced') {
                  {{ 'strategyPages.dateNotRecorded' | translate }}
                } @else {
                  {{ 'strategyPages.notAdopted' | translate }}
                }
              </span>
            </li>
          }
        </ol>
      }

      @if (canDraft() && !hasOpenDraft()) {
        <h2>{{ 'strategyPages.newDraftHeading' | translate }}</h2>
        <p>{{ 'strategyPages.newDraftIntro' | translate }}</p>
        <form [formGroup]="form" (ngSubmit)="createDraft()" class="sv-strategy-new" novalidate>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'strategyPages.versionLabel' | translate }}</mat-label>
            <input matInput formControlName="version" required maxlength="40" />
            <mat-error>{{ form.controls.version | svFieldError }}</mat-error>
          </mat-form-field>
          @if (createError(); as message) {
            <sv-error-message [message]="message" />
          }
          <button mat-flat-button type="submit" [disabled]="busy()">{{ 'strategyPages.createDraft' | translate }}</button>
        </form>
      }
    </div>
  `,
  styles: `
    .sv-strategy-versions {
      padding-left: 20px;
    }
    .sv-strategy-versions li {
      margin: 8px 0;
    }
    .sv-strategy-versions__status,
    .sv-strategy-versions__date {
      margin-left: 12px;
    }
    .sv-strategy-new {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      max-width: 420px;
    }
  `,
})
export class StrategyVersionsPage {
  private readonly api = inject(StrategyApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly versions = rxResource({ stream: () => this.api.list() });
  protected readonly rows = computed(() =>
    (this.versions.hasValue() ? this.versions.value() : []).map((v) => ({
      ...v,
      status: statusKey(v.state),
      adoptedOn: adoptedOn(v, this.language.current()),
    })),
  );
  protected readonly canDraft = computed(() => this.auth.can('strategy.draft'));
  protected readonly hasOpenDraft = computed(() => this.rows().some((v) => v.state === 'draft' || v.state === 'in-consultation'));
  protected readonly listError = computed(() => {
    const error = this.versions.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly busy = signal(false);
  protected readonly createError = signal<string | null>(null);
  protected readonly form = this.fb.group({ version: ['', [Validators.required, Validators.maxLength(40)]] });

  protected createDraft(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.createError.set(null);
    this.api.createDraft({ version: this.form.controls.version.value.trim() }).subscribe({
      next: (draft) => void this.router.navigate(['/strategi', draft.id]),
      error: (error: unknown) => {
        this.busy.set(false);
        this.createError.set(errorText(error, this.translate));
      },
    });
  }
}
