import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '@samverkan/identity/feature';
import type { StrategyVersionResponse } from '@samverkan/strategy/contract';
import { of } from 'rxjs';
import { ConsultationApi } from '../consultation/consultation-api';
import { PositionConsultation } from '../consultation/position-consultation';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import type { StrategyCitationsResponse } from '@samverkan/strategy/contract';
import { EvidenceApi } from '../evidence/evidence-api';
import { EvidencePanel } from '../evidence/evidence-panel';
import { areaFootnotes, byPosition, isUnsupported, kindKey } from '../evidence/evidence-view';
import { DraftEditor } from './draft-editor';
import { StrategyApi } from './strategy-api';
import { adoptedOn, areaTitle, paragraphs, statusKey } from './strategy-view';

/**
 * One version of the strategy: introduction, vision, and per focus area its text and positions; an old
 * version without a recorded text says so. The committee moves a draft on from here and edits it.
 */
@Component({
  selector: 'sv-strategy-version-page',
  imports: [RouterLink, MatButton, TranslatePipe, ErrorMessage, LoadingIndicator, DraftEditor, PositionConsultation, EvidencePanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page">
      <p>
        <a routerLink="/strategi">{{ 'strategyPages.backToList' | translate }}</a>
      </p>
      @if (version.isLoading() && !current()) {
        <sv-loading-indicator label="strategyPages.loading" />
      } @else if (loadError(); as message) {
        <sv-error-message [message]="message" [retryable]="true" (retry)="version.reload()" />
      } @else if (current(); as v) {
        <h1>{{ v.title }}</h1>
        <dl class="sv-strategy-facts">
          <dt>{{ 'strategyPages.statusLabel' | translate }}</dt>
          <dd data-status>{{ status() | translate }}</dd>
          <dd>
            @if (adopted(); as date) {
              {{ 'strategyPages.adoptedOn' | translate: { date } }}
            } @else if (v.state === 'adopted' || v.state === 'replaced') {
              {{ 'strategyPages.dateNotRecorded' | translate }}
            } @else {
              {{ 'strategyPages.notAdopted' | translate }}
            }
          </dd>
        </dl>

        @if (canDraft()) {
          <div class="sv-strategy-actions">
            @if (v.state === 'draft') {
              <button mat-flat-button type="button" [disabled]="busy()" (click)="move('consultation')">
                {{ 'strategyPages.sendToConsultation' | translate }}
              </button>
            } @else if (v.state === 'in-consultation') {
              <button mat-stroked-button type="button" [disabled]="busy()" (click)="move('withdraw')">
                {{ 'strategyPages.withdraw' | translate }}
              </button>
              <p class="sv-strategy-adoption" data-adoption-hint>
                {{ 'strategyPages.adoptAtMeeting' | translate }}
                <a routerLink="/arbetsutskottet/moten">{{ 'strategyPages.meetingsLink' | translate }}</a>
              </p>
            }
          </div>
          @if (actionError(); as message) {
            <sv-error-message [message]="message" />
          }
          @if (notice(); as n) {
            <p role="status">{{ n }}</p>
          }
        }

        @if (v.basedOnId && v.hasText) {
          <p>
            <a [routerLink]="['/strategi', v.id, 'jamfor']" [queryParams]="{ med: v.basedOnId }">{{
              'strategyConsultation.compareLink' | translate
            }}</a>
          </p>
        }

        @if (!v.hasText) {
          <p class="sv-strategy-notice" role="note">{{ 'strategyPages.noText' | translate }}</p>
        } @else {
          @if (v.preamble) {
            <h2>{{ 'strategyPages.preambleHeading' | translate }}</h2>
            @for (p of preamble(); track $index) {
              <p>{{ p }}</p>
            }
          }
          @if (v.vision) {
            <h2>{{ 'strategyPages.visionHeading' | translate }}</h2>
            @for (p of vision(); track $index) {
              <p>{{ p }}</p>
            }
          }
          @if (suggestions(); as list) {
            <section class="sv-strategy-suggestions" aria-labelledby="sv-strategy-suggestions">
              <h2 id="sv-strategy-suggestions">{{ 'strategyEvidence.suggestionsHeading' | translate }}</h2>
              @if (list.length) {
                <ul>
                  @for (s of list; track s.code) {
                    <li data-suggestion>{{ 'strategyEvidence.suggestion' | translate: { area: s.title, count: s.conferences } }}</li>
                  }
                </ul>
              } @else {
                <p>{{ 'strategyEvidence.noSuggestions' | translate }}</p>
              }
            </section>
          }
          <h2>{{ 'strategyPages.focusAreasHeading' | translate }}</h2>
          @for (area of areas(); track area.code) {
            <section class="sv-strategy-area" [attr.aria-labelledby]="'area-' + area.code">
              <h3 [id]="'area-' + area.code">{{ area.title }}</h3>
              @for (p of area.paragraphs; track $index) {
                <p>{{ p }}</p>
              }
              <h4>{{ 'strategyPages.positionsHeading' | translate }}</h4>
              @if (area.positions.length) {
                <ol>
                  @for (position of area.positions; track position.id; let i = $index) {
                    <li [attr.data-position]="position.id">
                      {{ position.text }}
                      @for (c of citationsOf(position.id); track c.id) {
                        <sup>
                          <a
                            [routerLink]="[]"
                            [fragment]="'fn-' + area.code + '-' + c.number"
                            [attr.aria-label]="'strategyEvidence.footnoteRef' | translate: { n: c.number }"
                            >[{{ c.number }}]</a
                          >
                        </sup>
                        @if (editing()) {
                          <button mat-button type="button" class="sv-strategy-remove" [disabled]="busy()" (click)="removeCitation(c.id)">
                            {{ 'strategyEvidence.removeCitation' | translate: { n: c.number } }}
                          </button>
                        }
                      }
                      @if (showMarkers() && unsupported(position.id)) {
                        <span class="sv-strategy-unsupported" data-unsupported>{{ 'strategyEvidence.unsupported' | translate }}</span>
                      }
                      @if (
                        inConsultation() || (consultationRecord() && (commentsOf(position.id).length || proposalsOf(position.id).length))
                      ) {
                        <sv-position-consultation
                          [strategyId]="v.id"
                          [position]="position"
                          [number]="i + 1"
                          [comments]="commentsOf(position.id)"
                          [proposals]="proposalsOf(position.id)"
                          [open]="inConsultation()"
                          [canComment]="canComment()"
                          [canDecide]="canDraft()"
                          [userId]="userId()"
                          (changed)="consultation.reload()"
                          (reworded)="changed.set(null); version.reload()"
                        />
                      }
                    </li>
                  }
                </ol>
                @if (area.footnotes.length) {
                  <h5 class="sv-strategy-footnotes-heading">{{ 'strategyEvidence.footnotesHeading' | translate }}</h5>
                  <ol class="sv-strategy-footnotes">
                    @for (f of area.footnotes; track f.number) {
                      <li [id]="'fn-' + area.code + '-' + f.number" [attr.value]="f.number" data-footnote>
                        {{ kind(f.kind) | translate }}: {{ f.removed ? ('strategyEvidence.removedEvidence' | translate) : source(f) }}
                      </li>
                    }
                  </ol>
                }
              } @else {
                <p>{{ 'strategyPages.noPositions' | translate }}</p>
              }
              @if (editing()) {
                <button
                  mat-stroked-button
                  type="button"
                  [attr.aria-expanded]="openArea() === area.code"
                  (click)="openArea.set(openArea() === area.code ? null : area.code)"
                >
                  {{ (openArea() === area.code ? 'strategyEvidence.hide' : 'strategyEvidence.show') | translate: { area: area.title } }}
                </button>
                @if (openArea() === area.code) {
                  <sv-strategy-evidence-panel
                    [strategyId]="v.id"
                    [focusArea]="area.code"
                    [areaTitle]="area.title"
                    [positions]="area.positions"
                    (citationsChanged)="citationsChanged($event)"
                  />
                }
              }
            </section>
          }
        }

        @if (canDraft() && v.state === 'draft') {
          <sv-strategy-draft-editor [version]="v" (savedVersion)="changed.set($event)" />
        }
      }
    </div>
  `,
  styles: `
    .sv-strategy-facts {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
    .sv-strategy-facts dd {
      margin: 0;
    }
    .sv-strategy-actions {
      display: flex;
      gap: 8px;
      margin: 16px 0;
    }
    .sv-strategy-notice {
      padding: 16px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .sv-strategy-area {
      margin: 16px 0 24px;
    }
    .sv-strategy-unsupported {
      display: inline-block;
      margin-left: 8px;
      padding: 0 6px;
      border: 1px solid var(--mat-sys-error);
      border-radius: 4px;
      color: var(--mat-sys-on-surface);
      font-size: 0.875rem;
    }
    .sv-strategy-footnotes {
      font-size: 0.875rem;
    }
    .sv-strategy-suggestions {
      padding: 12px 16px;
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container-low);
    }
  `,
})
export class StrategyVersionPage {
  private readonly api = inject(StrategyApi);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  private readonly consultationApi = inject(ConsultationApi);
  private readonly evidenceApi = inject(EvidenceApi);

  /** The version (route parameter). */
  readonly id = input.required<string>();

  protected readonly version = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  /** The version as the last change answered it, until the page loads another. */
  protected readonly changed = signal<StrategyVersionResponse | null>(null);
  protected readonly current = computed(() => {
    const loaded = this.version.hasValue() ? this.version.value() : null;
    const changed = this.changed();
    return changed && changed.id === loaded?.id ? changed : loaded;
  });
  protected readonly canDraft = computed(() => this.auth.can('strategy.draft'));
  protected readonly canComment = computed(() => this.auth.can('strategy.comment'));
  protected readonly userId = computed(() => this.auth.user()?.id ?? null);
  /** The consultation's comments and wording proposals, for those who may read drafts, while it runs. */
  protected readonly inConsultation = computed(() => this.current()?.state === 'in-consultation' && this.auth.can('strategy.read-drafts'));
  /** After the consultation, staff still read what the council said, per position that got a say (read-only). */
  protected readonly consultationRecord = computed(
    () => ['adopted', 'replaced'].includes(this.current()?.state ?? '') && this.auth.can('strategy.read-drafts'),
  );
  protected readonly consultation = rxResource({
    params: () => ({ id: this.id(), open: this.inConsultation() || this.consultationRecord() }),
    stream: ({ params }) => (params.open ? this.consultationApi.get(params.id) : of(null)),
  });
  protected commentsOf(positionId: string) {
    return (this.consultation.hasValue() ? (this.consultation.value()?.comments ?? []) : []).filter((c) => c.positionId === positionId);
  }
  protected proposalsOf(positionId: string) {
    return (this.consultation.hasValue() ? (this.consultation.value()?.wordingProposals ?? []) : []).filter(
      (p) => p.positionId === positionId,
    );
  }
  protected readonly status = computed(() => statusKey(this.current()?.state ?? 'draft'));
  protected readonly adopted = computed(() => {
    const v = this.current();
    return v ? adoptedOn(v, this.language.current()) : null;
  });
  protected readonly preamble = computed(() => paragraphs(this.current()?.preamble ?? ''));
  protected readonly vision = computed(() => paragraphs(this.current()?.vision ?? ''));
  protected readonly areas = computed(() =>
    (this.current()?.focusAreas ?? []).map((area) => ({
      code: area.code,
      title: areaTitle(area, this.language.current()),
      paragraphs: paragraphs(area.text),
      positions: area.positions,
      footnotes: areaFootnotes(
        this.citationsNow(),
        area.positions.map((p) => p.id),
      ),
    })),
  );
  /** Citations, markers and suggestions follow the version as loaded (a change answers them anew). */
  protected readonly citations = rxResource({
    params: () => {
      const v = this.current();
      return v?.hasText ? { id: v.id, version: v } : undefined;
    },
    stream: ({ params }) => this.evidenceApi.citations(params.id),
  });
  /** The citations as last loaded, or as the last change answered them until they load again. */
  private readonly citationsNow = linkedSignal<StrategyCitationsResponse | null>(() =>
    this.citations.hasValue() ? this.citations.value() : null,
  );
  private readonly citationsByPosition = computed(() => byPosition(this.citationsNow()));
  protected readonly editing = computed(() => this.canDraft() && this.current()?.state === 'draft');
  /** Markers only while a version is being worked on (draft, consultation). */
  protected readonly showMarkers = computed(() => ['draft', 'in-consultation'].includes(this.current()?.state ?? ''));
  protected readonly openArea = signal<string | null>(null);
  /** Counts citation changes, so the suggestions are asked for again after each. */
  private readonly citationEdits = signal(0);
  private readonly suggestionsResource = rxResource({
    params: () => {
      const v = this.current();
      return v && v.state === 'draft' && this.auth.can('strategy.read-drafts') ? { id: v.id, edits: this.citationEdits() } : undefined;
    },
    stream: ({ params }) => this.evidenceApi.suggestions(params.id),
  });
  protected readonly suggestions = computed(() => {
    if (!this.suggestionsResource.hasValue()) return null;
    const areas = this.current()?.focusAreas ?? [];
    return this.suggestionsResource.value().suggestions.map((s) => {
      const area = areas.find((a) => a.code === s.focusArea);
      return { code: s.focusArea, title: area ? areaTitle(area, this.language.current()) : s.focusArea, conferences: s.conferences };
    });
  });
  protected readonly loadError = computed(() => {
    const error = this.version.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly busy = signal(false);
  protected readonly actionError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected citationsOf(positionId: string) {
    return this.citationsByPosition().get(positionId)?.citations ?? [];
  }

  protected unsupported(positionId: string): boolean {
    return isUnsupported(this.citationsNow(), positionId);
  }

  protected kind(kind: Parameters<typeof kindKey>[0]): string {
    return kindKey(kind);
  }

  /** A footnote's source: the entry's label, and its conference when that says more. */
  protected source(f: { label: string | null; conferenceTitle: string | null }): string {
    return f.conferenceTitle && f.conferenceTitle !== f.label ? `${f.label}, ${f.conferenceTitle}` : (f.label ?? '');
  }

  protected citationsChanged(answer: StrategyCitationsResponse): void {
    this.citationsNow.set(answer);
    this.citationEdits.update((n) => n + 1);
  }

  protected removeCitation(citationId: string): void {
    const id = this.current()?.id;
    if (!id) return;
    this.busy.set(true);
    this.actionError.set(null);
    this.evidenceApi.remove(id, citationId).subscribe({
      next: (answer) => {
        this.busy.set(false);
        this.citationsNow.set(answer);
        this.citationEdits.update((n) => n + 1);
        this.notice.set(this.translate.instant('strategyEvidence.removed'));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionError.set(errorText(error, this.translate));
      },
    });
  }

  protected move(action: 'consultation' | 'withdraw'): void {
    this.busy.set(true);
    this.actionError.set(null);
    this.notice.set(null);
    this.api.move(this.id(), action).subscribe({
      next: (version) => {
        this.busy.set(false);
        this.changed.set(version);
        this.notice.set(this.translate.instant('strategyPages.moved', { status: this.translate.instant(statusKey(version.state)) }));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionError.set(errorText(error, this.translate));
      },
    });
  }
}
