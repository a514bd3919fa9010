import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CommentResponse } from '@samverkan/proposals/contract';
import { ErrorMessage, FieldErrorPipe, LanguageService, LoadingIndicator, applyServerErrors, asApiError, errorText } from '@samverkan/shared/ui';
import { ProposalsApi } from '../proposals-api';
import { dateTime } from '../proposal-view';

/** The comments on a proposal, oldest first, with a form to add one. */
@Component({
  selector: 'sv-comment-thread',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (comments.isLoading()) {
      <sv-loading-indicator label="proposals.comments.loading" />
    }
    @if (errorMessage(); as message) {
      <sv-error-message [message]="message" [retryable]="true" (retry)="comments.reload()" />
    } @else if (comments.hasValue()) {
      @if (comments.value().length === 0) {
        <p class="sv-empty">{{ 'proposals.comments.empty' | translate }}</p>
      } @else {
        <ol class="sv-comments">
          @for (comment of comments.value(); track comment.id) {
            <li class="sv-comment">
              <p class="sv-comment__head">
                <strong>{{ comment.authorName }}</strong>
                <span class="sv-comment__date">{{ written(comment) }}</span>
              </p>
              <p class="sv-prewrap">{{ comment.body }}</p>
            </li>
          }
        </ol>
      }
    }

    <p class="sv-status" role="status">
      @if (posted()) {
        {{ 'proposals.comments.posted' | translate }}
      }
    </p>

    @if (canComment()) {
      <form class="sv-form" [formGroup]="form" (ngSubmit)="postComment()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'proposals.comments.label' | translate }}</mat-label>
          <textarea matInput formControlName="body" rows="3" required></textarea>
          <mat-error>{{ form.controls.body | svFieldError }}</mat-error>
        </mat-form-field>
        @if (failure(); as message) {
          <sv-error-message [message]="message" />
        }
        <div>
          <button mat-stroked-button type="submit" [disabled]="posting()">
            {{ (posting() ? 'proposals.comments.posting' : 'proposals.comments.post') | translate }}
          </button>
        </div>
      </form>
    } @else {
      <p class="sv-hint">{{ 'proposals.comments.draftNote' | translate }}</p>
    }
  `,
  styles: `
    .sv-comments {
      list-style: none;
      margin: 0 0 16px;
      padding: 0;
    }
    .sv-comment {
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      p {
        margin: 4px 0;
      }
    }
    .sv-comment__head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .sv-comment__date,
    .sv-hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CommentThread {
  private readonly api = inject(ProposalsApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly proposalId = input.required<string>();
  /** Drafts cannot be commented on yet. */
  readonly canComment = input(true);

  protected readonly comments = rxResource({ params: () => this.proposalId(), stream: ({ params }) => this.api.comments(params) });
  protected readonly errorMessage = computed(() => {
    const error = this.comments.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly form = inject(NonNullableFormBuilder).group({
    body: ['', [Validators.required, Validators.maxLength(5000)]],
  });
  protected readonly posting = signal(false);
  protected readonly posted = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected written(comment: CommentResponse): string {
    return dateTime(comment.createdAt, this.language.current());
  }

  protected postComment(): void {
    if (this.posting()) return;
    this.failure.set(null);
    this.posted.set(false);
    if (!this.form.getRawValue().body.trim()) {
      this.form.controls.body.setValue('');
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.posting.set(true);
    this.api.addComment(this.proposalId(), { body: this.form.getRawValue().body.trim() }).subscribe({
      next: (comment) => {
        this.posting.set(false);
        this.posted.set(true);
        this.form.reset();
        this.comments.update((list) => [...(list ?? []), comment]);
      },
      error: (error: unknown) => {
        this.posting.set(false);
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        if (!applyServerErrors(this.form, apiError)) this.failure.set(errorText(apiError, this.translate));
      },
    });
  }
}
