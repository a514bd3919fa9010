import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { REVIEW_CRITERIA, type ProposalResponse, type ReviewResponse, type ReviewsResponse } from '@samverkan/proposals/contract';
import { ErrorMessage, FieldErrorPipe, LanguageService, applyServerErrors, asApiError, errorText } from '@samverkan/shared/ui';
import { ProposalsApi } from '../proposals-api';
import { dateTime } from '../proposal-view';
import { reviewPanelView } from './review-visibility';

export const SCORES = [1, 2, 3, 4, 5] as const;

/** The reviews of a proposal: the caller's own review form, others' reviews and statistics when visible. */
@Component({
  selector: 'sv-review-panel',
  imports: [
    ReactiveFormsModule,
    MatRadioGroup,
    MatRadioButton,
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
  templateUrl: './review-panel.html',
  styleUrl: './review-panel.scss',
})
export class ReviewPanel {
  private readonly api = inject(ProposalsApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly proposal = input.required<ProposalResponse>();
  readonly reviews = input.required<ReviewsResponse>();
  readonly viewerId = input<string | null>(null);
  /** The reviews as the API answers after saving (others' scores may now be visible). */
  readonly saved = output<ReviewsResponse>();

  protected readonly criteria = REVIEW_CRITERIA;
  protected readonly scores = SCORES;
  protected readonly view = computed(() => reviewPanelView(this.proposal(), this.reviews(), this.viewerId()));
  protected readonly form = inject(NonNullableFormBuilder).group({
    relevance: [null as number | null, [Validators.required]],
    quality: [null as number | null, [Validators.required]],
    feasibility: [null as number | null, [Validators.required]],
    text: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(5000)]],
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly statusKey = signal<string | null>(null);

  constructor() {
    // Start from the caller's own review, when there is one.
    effect(() => {
      const mine = this.reviews().mine;
      untracked(() => {
        if (mine && !this.form.dirty) {
          this.form.reset({ relevance: mine.relevance, quality: mine.quality, feasibility: mine.feasibility, text: mine.text });
        }
      });
    });
  }

  protected updatedAt(review: ReviewResponse): string {
    return dateTime(review.updatedAt, this.language.current());
  }

  protected format(value: number | null): string {
    if (value === null) return '–';
    return new Intl.NumberFormat(this.language.current() === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 2 }).format(value);
  }

  protected saveReview(): void {
    if (this.saving()) return;
    this.failure.set(null);
    this.statusKey.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const hadReview = this.view().hasOwnReview;
    this.saving.set(true);
    this.api
      .saveReview(this.proposal().id, {
        relevance: Number(value.relevance),
        quality: Number(value.quality),
        feasibility: Number(value.feasibility),
        text: value.text.trim(),
      })
      .subscribe({
        next: (reviews) => {
          this.saving.set(false);
          this.form.markAsPristine();
          this.statusKey.set(hadReview ? 'proposals.reviews.updated' : 'proposals.reviews.submitted');
          this.saved.emit(reviews);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
          if (!applyServerErrors(this.form, apiError)) this.failure.set(errorText(apiError, this.translate));
        },
      });
  }
}
