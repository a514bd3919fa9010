import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { PROPOSAL_STATES, type ProposalState } from '@samverkan/proposals/contract';
import type { AuditEntryResponse, AuditValue } from '@samverkan/shared/contract';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { ProposalsApi } from '../proposals-api';
import { dateTime } from '../proposal-view';

/** The actions the proposals API writes to the log, each with a text. */
export const HISTORY_ACTIONS = [
  'created',
  'edited',
  'submitted',
  'withdrawn',
  'review.created',
  'review.updated',
  'state',
  'decided',
] as const;

export interface HistoryLine {
  at: string;
  actor: string | null;
  /** Translation key of what happened; null for an action this page has no text for. */
  key: string | null;
  action: string;
  from: ProposalState | null;
  to: ProposalState | null;
}

function stateOf(value: AuditValue | null): ProposalState | null {
  const state = value?.['state'];
  return typeof state === 'string' && (PROPOSAL_STATES as readonly string[]).includes(state) ? (state as ProposalState) : null;
}

/** One log entry as a line of the history: what happened, who did it and, for state changes, from and to. */
export function historyLine(entry: AuditEntryResponse): HistoryLine {
  const known = (HISTORY_ACTIONS as readonly string[]).includes(entry.action);
  return {
    at: entry.at,
    actor: entry.actorName,
    key: known ? `proposals.history.actions.${entry.action}` : null,
    action: entry.action,
    from: stateOf(entry.before),
    to: stateOf(entry.after),
  };
}

/** "Historik": the proposal's audit log, oldest first. */
@Component({
  selector: 'sv-proposal-history',
  imports: [TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (entries.isLoading()) {
      <sv-loading-indicator label="proposals.history.loading" />
    }
    @if (errorMessage(); as message) {
      <sv-error-message [message]="message" [retryable]="true" (retry)="entries.reload()" />
    } @else if (lines().length === 0 && entries.hasValue()) {
      <p class="sv-empty">{{ 'proposals.history.empty' | translate }}</p>
    } @else {
      <ol class="sv-history">
        @for (line of lines(); track $index) {
          <li>
            <span class="sv-history__date">{{ when(line.at) }}</span>
            <span>
              @if (line.key) {
                {{ line.key | translate }}
              } @else {
                {{ line.action }}
              }
              @if (line.from && line.to) {
                ({{ 'proposalState.' + line.from | translate }} → {{ 'proposalState.' + line.to | translate }})
              } @else if (line.to) {
                ({{ 'proposalState.' + line.to | translate }})
              }
              @if (line.actor) {
                – {{ line.actor }}
              }
            </span>
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .sv-history {
      margin: 0;
      padding-left: 24px;
      li {
        margin: 4px 0;
      }
    }
    .sv-history__date {
      color: var(--mat-sys-on-surface-variant);
      margin-right: 8px;
    }
  `,
})
export class ProposalHistory {
  private readonly api = inject(ProposalsApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly proposalId = input.required<string>();
  /** Changes whenever the proposal changes, so the log is fetched again. */
  readonly version = input<string>('');

  protected readonly entries = rxResource({
    params: () => ({ id: this.proposalId(), version: this.version() }),
    stream: ({ params }) => this.api.audit(params.id),
  });
  protected readonly lines = computed(() => (this.entries.hasValue() ? this.entries.value().map(historyLine) : []));
  protected readonly errorMessage = computed(() => {
    const error = this.entries.error();
    return error ? errorText(error, this.translate) : null;
  });

  protected when(at: string): string {
    return dateTime(at, this.language.current());
  }
}
