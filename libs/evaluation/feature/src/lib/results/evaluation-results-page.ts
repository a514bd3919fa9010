import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { localizedTitle } from '@samverkan/conferences/feature';
import type { EvaluationInvitationsResult } from '@samverkan/evaluation/contract';
import { AuthService } from '@samverkan/identity/feature';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { formatDate, formatTime, fromStockholmWallTime, stockholmDate, toStockholmIso } from '@samverkan/shared/util-dates';
import { EvaluationApi } from '../evaluation-api';

/** The share of the largest count, for the bars beside the distribution table (0–100). */
export function barWidths(counts: readonly number[]): number[] {
  const max = Math.max(0, ...counts);
  return counts.map((count) => (max ? Math.round((count / max) * 100) : 0));
}

/**
 * Staff (`evaluation.read`): one conference's evaluation without names: answers against participants,
 * the overall distribution and mean, each programme item's mean, the keep and change texts, and the
 * focus areas wished for. Holders of `conferences.manage` can send the invitation now.
 */
@Component({
  selector: 'sv-evaluation-results-page',
  imports: [ReactiveFormsModule, RouterLink, MatAnchor, MatButton, MatFormField, MatInput, MatLabel, TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './evaluation-results-page.html',
  styleUrl: './evaluation-results-page.scss',
})
export class EvaluationResultsPage {
  private readonly api = inject(EvaluationApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);
  protected readonly auth = inject(AuthService);

  /** The conference id, bound from the route. */
  readonly id = input.required<string>();

  protected readonly results = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.results(params) });
  protected readonly current = computed(() => (this.results.hasValue() ? this.results.value() : null));
  protected readonly loadError = computed(() => (this.results.error() ? errorText(this.results.error(), this.translate) : null));
  protected readonly bars = computed(() => barWidths(this.current()?.overall.distribution.map((d) => d.count) ?? []));

  protected readonly inviting = signal(false);
  protected readonly invitation = signal<EvaluationInvitationsResult | null>(null);
  protected readonly failure = signal<string | null>(null);

  /** The close time as Stockholm date and time (holders of `conferences.manage` may change it). */
  protected readonly closing = inject(NonNullableFormBuilder).group({ date: ['', Validators.required], time: ['', Validators.required] });
  protected readonly savingClose = signal(false);
  protected readonly closeSaved = signal(false);

  constructor() {
    effect(() => {
      const results = this.current();
      if (results) untracked(() => this.closing.reset({ date: stockholmDate(results.closesAt), time: formatTime(results.closesAt) }));
    });
  }

  protected saveClosesAt(): void {
    if (this.closing.invalid) return;
    const { date, time } = this.closing.getRawValue();
    this.savingClose.set(true);
    this.closeSaved.set(false);
    this.failure.set(null);
    this.api.setClosesAt(this.id(), { closesAt: toStockholmIso(fromStockholmWallTime(date, time.slice(0, 5))) }).subscribe({
      next: () => {
        this.savingClose.set(false);
        this.closeSaved.set(true);
        this.results.reload();
      },
      error: (error: unknown) => {
        this.savingClose.set(false);
        this.failure.set(errorText(error, this.translate));
      },
    });
  }

  protected title(item: { titleSv: string; titleEn: string | null }): string {
    return localizedTitle(item, this.language.current());
  }

  protected when(value: string): string {
    const language = this.language.current();
    return `${formatDate(value, language)} ${formatTime(value, language)}`;
  }

  protected mean(value: number | null): string {
    return value === null ? this.translate.instant('evaluationResults.noMean') : value.toLocaleString(this.language.current() === 'en' ? 'en-GB' : 'sv-SE');
  }

  protected invite(): void {
    this.inviting.set(true);
    this.failure.set(null);
    this.api.invite(this.id()).subscribe({
      next: (result) => {
        this.inviting.set(false);
        this.invitation.set(result);
        this.results.reload();
      },
      error: (error: unknown) => {
        this.inviting.set(false);
        this.failure.set(errorText(error, this.translate));
      },
    });
  }
}
