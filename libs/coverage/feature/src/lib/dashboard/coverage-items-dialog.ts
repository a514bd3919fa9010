import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CoverageItemsQuery } from '@samverkan/coverage/contract';
import { ErrorMessage, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { CoverageApi } from '../coverage-api';

export interface CoverageItemsDialogData {
  areaTitle: string;
  conferenceTitle: string | null;
  query: CoverageItemsQuery;
}

/** Click-through: the themes, programme items, proposals and imported sessions behind a number. */
@Component({
  selector: 'sv-coverage-items-dialog',
  imports: [
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    RouterLink,
    TranslatePipe,
    ErrorMessage,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'coverage.items.title' | translate: { area: data.areaTitle } }}</h2>
    <mat-dialog-content>
      <p class="sv-items__scope">{{ data.conferenceTitle ?? ('coverage.items.allConferences' | translate) }}</p>
      @if (items.isLoading()) {
        <sv-loading-indicator label="coverage.items.loading" />
      }
      @if (errorMessage(); as message) {
        <sv-error-message [message]="message" [retryable]="true" (retry)="items.reload()" />
      } @else if (items.hasValue()) {
        @if (items.value().length === 0) {
          <p class="sv-empty">{{ 'coverage.items.empty' | translate }}</p>
        } @else {
          <ul class="sv-items">
            @for (item of items.value(); track item.kind + item.id) {
              <li class="sv-items__item">
                <span class="sv-items__kind">{{ 'coverage.items.kind.' + item.kind | translate }}</span>
                @if (item.link) {
                  <a [routerLink]="item.link" mat-dialog-close>{{ item.title }}</a>
                } @else {
                  <span>{{ item.title }}</span>
                }
                <span class="sv-items__meta">
                  {{ item.conferenceTitle }}
                  @if (item.minutes !== null) {
                    · {{ 'coverage.items.minutes' | translate: { minutes: item.minutes } }}
                  }
                  @if (item.signups > 0) {
                    · {{ 'coverage.items.signups' | translate: { count: item.signups } }}
                  }
                </span>
              </li>
            }
          </ul>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.close' | translate }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .sv-items {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .sv-items__item {
      display: flex;
      flex-direction: column;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .sv-items__kind,
    .sv-items__meta,
    .sv-items__scope {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CoverageItemsDialog {
  private readonly api = inject(CoverageApi);
  private readonly translate = inject(TranslateService);
  protected readonly data = inject<CoverageItemsDialogData>(MAT_DIALOG_DATA);
  protected readonly items = rxResource({ stream: () => this.api.items(this.data.query) });
  protected readonly errorMessage = computed(() => {
    const error = this.items.error();
    return error ? errorText(error, this.translate) : null;
  });
}
