import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { diffWords, type StrategyCommentResponse, type WordingProposalResponse } from '@samverkan/strategy/contract';
import { ErrorMessage, LanguageService, errorText } from '@samverkan/shared/ui';
import { formatDate } from '@samverkan/shared/util-dates';
import type { Observable } from 'rxjs';
import { ConsultationApi } from './consultation-api';
import { WordDiffView } from './word-diff-view';

/**
 * One position of a version in consultation: its comments (the author may delete their own), a comment
 * form, the wording proposals as word diffs against the current wording with the committee's
 * accept/reject, and a form to propose a new wording. Emits `changed` after every change, and
 * `reworded` when an accepted proposal changed the position's text.
 */
@Component({
  selector: 'sv-position-consultation',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatInput, TranslatePipe, ErrorMessage, WordDiffView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-consultation" [attr.data-position]="position().id">
      <h5>{{ 'strategyConsultation.commentsHeading' | translate: { n: number() } }}</h5>
      @if (comments().length) {
        <ul class="sv-comments">
          @for (c of comments(); track c.id) {
            <li>
              <p>{{ c.text }}</p>
              <p class="sv-meta">{{ 'strategyConsultation.commentBy' | translate: { name: c.authorName, date: when(c.createdAt) } }}</p>
              @if (open() && c.authorId === userId()) {
                <button mat-stroked-button type="button" [disabled]="busy()" (click)="deleteComment(c.id)">
                  {{ 'strategyConsultation.deleteComment' | translate }}
                </button>
              }
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'strategyConsultation.noComments' | translate }}</p>
      }

      @if (proposals().length) {
        <h5>{{ 'strategyConsultation.proposalsHeading' | translate: { n: number() } }}</h5>
        <ul class="sv-proposals">
          @for (p of proposals(); track p.id) {
            <li>
              <p><sv-word-diff [words]="diffOf(p.text)" /></p>
              <p class="sv-meta">
                {{ 'strategyConsultation.proposedBy' | translate: { name: p.proposerName } }} ·
                <span data-proposal-status>{{ 'strategyConsultation.status.' + p.status | translate }}</span>
              </p>
              @if (p.reason) {
                <p>{{ 'strategyConsultation.reason' | translate: { reason: p.reason } }}</p>
              }
              @if (open() && canDecide() && p.status === 'pending') {
                <mat-form-field appearance="outline" class="sv-wide">
                  <mat-label>{{ 'strategyConsultation.reasonLabel' | translate }}</mat-label>
                  <textarea matInput [formControl]="reason" rows="2" maxlength="2000"></textarea>
                </mat-form-field>
                <div class="sv-row">
                  <button mat-flat-button type="button" [disabled]="busy()" (click)="decide(p.id, 'accepted')">
                    {{ 'strategyConsultation.accept' | translate }}
                  </button>
                  <button mat-stroked-button type="button" [disabled]="busy()" (click)="decide(p.id, 'rejected')">
                    {{ 'strategyConsultation.reject' | translate }}
                  </button>
                </div>
              }
            </li>
          }
        </ul>
      }

      @if (open() && canComment()) {
        <form (submit)="$event.preventDefault(); sendComment()">
          <mat-form-field appearance="outline" class="sv-wide">
            <mat-label>{{ 'strategyConsultation.commentLabel' | translate: { n: number() } }}</mat-label>
            <textarea matInput [formControl]="comment" rows="3" maxlength="2000" required></textarea>
            <mat-hint>{{ 'strategyConsultation.commentHint' | translate }}</mat-hint>
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="busy() || comment.invalid">
            {{ 'strategyConsultation.sendComment' | translate }}
          </button>
        </form>
        <form (submit)="$event.preventDefault(); sendProposal()">
          <mat-form-field appearance="outline" class="sv-wide">
            <mat-label>{{ 'strategyConsultation.proposalLabel' | translate: { n: number() } }}</mat-label>
            <textarea matInput [formControl]="wording" rows="3" maxlength="2000" required></textarea>
          </mat-form-field>
          <button mat-stroked-button type="submit" [disabled]="busy() || wording.invalid">
            {{ 'strategyConsultation.sendProposal' | translate }}
          </button>
        </form>
      }
      @if (error(); as message) {
        <sv-error-message [message]="message" />
      }
      <p role="status" class="sv-status">{{ notice() }}</p>
    </div>
  `,
  styles: `
    .sv-consultation {
      margin: 8px 0 16px;
      padding: 12px 16px;
      border-left: 3px solid var(--mat-sys-outline-variant);
    }
    .sv-comments,
    .sv-proposals {
      list-style: none;
      padding: 0;
    }
    .sv-meta {
      font-size: 0.9em;
      color: var(--mat-sys-on-surface-variant);
    }
    .sv-wide {
      display: block;
      width: 100%;
    }
    .sv-row {
      display: flex;
      gap: 8px;
    }
    form {
      margin-top: 12px;
    }
  `,
})
export class PositionConsultation {
  private readonly api = inject(ConsultationApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly strategyId = input.required<string>();
  readonly position = input.required<{ id: string; text: string }>();
  /** The position's number within its area (1-based), for labels. */
  readonly number = input.required<number>();
  readonly comments = input<readonly StrategyCommentResponse[]>([]);
  readonly proposals = input<readonly WordingProposalResponse[]>([]);
  /** Whether the version is in consultation (else read only). */
  readonly open = input(false);
  readonly canComment = input(false);
  readonly canDecide = input(false);
  readonly userId = input<string | null>(null);

  readonly changed = output<void>();
  readonly reworded = output<void>();

  protected readonly comment = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] });
  protected readonly wording = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] });
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal('');
  private readonly current = computed(() => this.position().text);

  protected when(iso: string): string {
    return formatDate(iso, this.language.current());
  }

  /** The proposal against the position's current wording. */
  protected diffOf(text: string) {
    return diffWords(this.current(), text);
  }

  protected sendComment(): void {
    if (this.comment.invalid) return;
    this.run(this.api.comment(this.strategyId(), this.position().id, this.comment.value), 'strategyConsultation.commentSent', () =>
      this.comment.reset(),
    );
  }

  protected deleteComment(id: string): void {
    this.run(this.api.deleteComment(this.strategyId(), id), 'strategyConsultation.commentDeleted');
  }

  protected sendProposal(): void {
    if (this.wording.invalid) return;
    this.run(this.api.proposeWording(this.strategyId(), this.position().id, this.wording.value), 'strategyConsultation.proposalSent', () =>
      this.wording.reset(),
    );
  }

  protected decide(id: string, decision: 'accepted' | 'rejected'): void {
    const reason = this.reason.value.trim();
    const body = decision === 'rejected' && reason ? { decision, reason } : { decision };
    this.run(this.api.decideWording(this.strategyId(), id, body), 'strategyConsultation.decided', () => {
      this.reason.reset();
      if (decision === 'accepted') this.reworded.emit();
    });
  }

  private run(call: Observable<unknown>, done: string, after?: () => void): void {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set('');
    call.subscribe({
      next: () => {
        this.busy.set(false);
        after?.();
        this.notice.set(this.translate.instant(done));
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(errorText(error, this.translate));
      },
    });
  }
}
