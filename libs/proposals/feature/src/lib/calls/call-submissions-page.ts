import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { Documents } from '@samverkan/shared/ui/documents';
import { formatDay } from '@samverkan/shared/util-dates';
import { CallsApi } from './calls-api';
import { localizedCall } from './call-view';

/** The programme council (`calls.review`): a call's confirmed submissions, each taken up as a proposal or declined with a reason. */
@Component({
  selector: 'sv-call-submissions-page',
  imports: [FormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatInput, TranslatePipe, ErrorMessage, LoadingIndicator, Documents],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>
      {{ 'calls.review.title' | translate }}
      @if (callTitle(); as title) {
        : {{ title }}
      }
    </h1>
    @if (failure(); as message) {
      <sv-error-message [message]="message" />
    }
    @if (submissions.isLoading()) {
      <sv-loading-indicator label="calls.review.loading" />
    } @else if (listError(); as message) {
      <sv-error-message [message]="message" [retryable]="true" (retry)="submissions.reload()" />
    } @else if (rows().length === 0) {
      <p>{{ 'calls.review.empty' | translate }}</p>
    } @else {
      @for (s of rows(); track s.id) {
        <article class="sv-submission" [attr.data-submission]="s.id">
          <h2>{{ s.title }}</h2>
          <p>{{ 'calls.review.from' | translate: { name: s.name, organisation: s.organisationName, email: s.email } }}</p>
          <p>{{ 'calls.review.sentOn' | translate: { date: s.date } }} · {{ 'calls.review.status.' + s.status | translate }}</p>
          <p class="sv-submission__summary">{{ s.summary }}</p>
          <sv-documents
            parentType="call-submission"
            [parentId]="s.id"
            [heading]="'calls.review.files' | translate"
            [hideWhenEmpty]="true"
          />
          @if (s.status === 'confirmed') {
            @if (declining() === s.id) {
              <mat-form-field appearance="outline" class="sv-submission__reason">
                <mat-label>{{ 'calls.review.reason' | translate }}</mat-label>
                <textarea matInput rows="3" [(ngModel)]="reason" name="reason"></textarea>
              </mat-form-field>
              <button mat-flat-button type="button" [disabled]="busy() || reason.trim().length < 5" (click)="decline(s.id)">
                {{ 'calls.review.sendDecline' | translate }}
              </button>
              <button mat-button type="button" (click)="declining.set(null)">{{ 'calls.review.cancel' | translate }}</button>
            } @else {
              <button mat-flat-button type="button" [disabled]="busy()" (click)="accept(s.id)">
                {{ 'calls.review.accept' | translate }}
              </button>
              <button mat-stroked-button type="button" [disabled]="busy()" (click)="startDecline(s.id)">
                {{ 'calls.review.decline' | translate }}
              </button>
            }
          } @else if (s.proposalId) {
            <a [routerLink]="['/programradet/forslag', s.proposalId]">{{ 'calls.review.openProposal' | translate }}</a>
          } @else if (s.declineReason) {
            <p class="sv-submission__summary">{{ 'calls.review.declinedBecause' | translate: { reason: s.declineReason } }}</p>
          }
        </article>
      }
    }
  `,
  styles: `
    .sv-submission {
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      padding: 8px 0 16px;
      max-width: 800px;
    }
    .sv-submission__summary {
      white-space: pre-line;
    }
    .sv-submission__reason {
      display: block;
      width: 100%;
    }
    .sv-submission button {
      margin-right: 8px;
    }
  `,
})
export class CallSubmissionsPage {
  private readonly api = inject(CallsApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly callId = input.required<string>();

  private readonly call = rxResource({ params: () => this.callId(), stream: ({ params }) => this.api.get(params) });
  protected readonly submissions = rxResource({ params: () => this.callId(), stream: ({ params }) => this.api.submissions(params) });
  protected readonly callTitle = computed(() =>
    this.call.hasValue() ? localizedCall(this.call.value(), this.language.current()).title : null,
  );
  protected readonly listError = computed(() => {
    const error = this.submissions.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly rows = computed(() => {
    if (!this.submissions.hasValue()) return [];
    const language = this.language.current();
    return this.submissions.value().map((s) => ({ ...s, date: formatDay(s.submittedAt, language) }));
  });
  protected readonly declining = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected reason = '';

  protected accept(id: string): void {
    this.run(this.api.accept(id));
  }

  protected startDecline(id: string): void {
    this.reason = '';
    this.declining.set(id);
  }

  protected decline(id: string): void {
    this.run(this.api.decline(id, this.reason.trim()));
  }

  private run(request: ReturnType<CallsApi['accept']>): void {
    this.busy.set(true);
    this.failure.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.declining.set(null);
        this.submissions.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(errorText(error, this.translate));
        this.submissions.reload();
      },
    });
  }
}
