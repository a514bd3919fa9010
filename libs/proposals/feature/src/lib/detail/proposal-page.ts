import { formatDay } from '@samverkan/shared/util-dates';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '@samverkan/identity/feature';
import type { ProposalResponse, ReviewsResponse } from '@samverkan/proposals/contract';
import { ErrorMessage, LanguageService, LoadingIndicator, confirmAction, errorText, isApiError } from '@samverkan/shared/ui';
import { Documents } from '@samverkan/shared/ui/documents';
import { FocusAreasApi, localizeFocusArea } from '@samverkan/strategy/feature';
import type { Observable } from 'rxjs';
import type { ProposalSavedState } from '../form/proposal-form-page';
import { ProposalsApi } from '../proposals-api';
import { dateTime } from '../proposal-view';
import { ProposalStateBadge } from '../state-badge';
import { CommentThread } from './comment-thread';
import { ProposalHistory } from './proposal-history';
import { ReviewPanel } from './review-panel';

interface StatusMessage {
  key: string;
  params?: Record<string, unknown>;
}

/** One proposal: what it is, what the caller may do with it, comments, reviews, decision and history. */
@Component({
  selector: 'sv-proposal-page',
  imports: [
    RouterLink,
    MatButton,
    MatIcon,
    TranslatePipe,
    ErrorMessage,
    LoadingIndicator,
    ProposalStateBadge,
    CommentThread,
    ReviewPanel,
    ProposalHistory,
    Documents,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposal-page.html',
  styleUrl: './proposal-page.scss',
})
export class ProposalPage {
  private readonly api = inject(ProposalsApi);
  private readonly auth = inject(AuthService);
  private readonly focusAreasApi = inject(FocusAreasApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  /** Bound from the route. */
  readonly id = input.required<string>();

  protected readonly proposal = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly reviews = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.reviews(params) });
  protected readonly focusAreas = rxResource({ stream: () => this.focusAreasApi.list() });

  protected readonly current = computed(() => (this.proposal.hasValue() ? this.proposal.value() : null));
  protected readonly viewerId = computed(() => this.auth.user()?.id ?? null);
  /** Only the committee and administrators can open a meeting's page. */
  protected readonly seesMeetings = computed(() => this.auth.can('meetings.manage'));
  protected readonly notFound = computed(() => {
    const error = this.proposal.error();
    return isApiError(error) && error.statusCode === 404;
  });
  protected readonly loadError = computed(() => {
    const error = this.proposal.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly reviewsError = computed(() => {
    const error = this.reviews.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly focusAreaTitles = computed(() => {
    const proposal = this.current();
    if (!proposal) return [];
    const areas = this.focusAreas.hasValue() ? this.focusAreas.value() : [];
    return proposal.focusAreaCodes.map((code) => {
      const area = areas.find((a) => a.code === code);
      return { code, title: area ? localizeFocusArea(area, this.language.current()).title : code };
    });
  });

  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly statusMessage = signal<StatusMessage | null>(null);

  constructor() {
    const state = inject(Router).currentNavigation()?.extras.state as ProposalSavedState | undefined;
    if (state?.saved) {
      this.statusMessage.set({ key: state.saved === 'created' ? 'proposals.detail.created' : 'proposals.detail.updated' });
    }
  }

  /** For "den {{date}}": the day without the weekday. */
  protected day(value: string): string {
    return formatDay(value, this.language.current());
  }

  protected when(value: string): string {
    return dateTime(value, this.language.current());
  }

  protected submitProposal(proposal: ProposalResponse): void {
    confirmAction(this.dialog, {
      title: 'proposals.detail.submitDialog.title',
      message: 'proposals.detail.submitDialog.message',
      params: { title: proposal.title },
      confirmLabel: 'proposals.detail.submitDialog.confirm',
    }).subscribe((confirmed) => {
      if (confirmed) this.runAction(this.api.submit(proposal.id), 'proposals.detail.submitted');
    });
  }

  protected withdrawProposal(proposal: ProposalResponse): void {
    confirmAction(this.dialog, {
      title: 'proposals.detail.withdrawDialog.title',
      message: 'proposals.detail.withdrawDialog.message',
      params: { title: proposal.title },
      confirmLabel: 'proposals.detail.withdrawDialog.confirm',
      destructive: true,
    }).subscribe((confirmed) => {
      if (confirmed) this.runAction(this.api.withdraw(proposal.id), 'proposals.detail.withdrawn');
    });
  }

  protected reviewSaved(reviews: ReviewsResponse): void {
    this.reviews.set(reviews);
    // The proposal's state may have moved to "in review", and its review count has changed.
    this.proposal.reload();
  }

  private runAction(request: Observable<ProposalResponse>, doneKey: string): void {
    if (this.busy()) return;
    this.failure.set(null);
    this.statusMessage.set(null);
    this.busy.set(true);
    request.subscribe({
      next: (proposal) => {
        this.busy.set(false);
        this.proposal.set(proposal);
        this.reviews.reload();
        this.statusMessage.set({ key: doneKey, params: { title: proposal.title } });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(errorText(error, this.translate));
      },
    });
  }
}
