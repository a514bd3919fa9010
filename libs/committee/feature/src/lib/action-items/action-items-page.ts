import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ActionItemResponse } from '@samverkan/committee/contract';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { formatDate } from '@samverkan/shared/util-dates';
import { FocusAreasApi, localizeFocusArea } from '@samverkan/strategy/feature';
import { CommitteeApi } from '../committee-api';

/** The open action items (åtgärder) from the committee's decisions, each with a way to close it. */
@Component({
  selector: 'sv-action-items-page',
  imports: [RouterLink, MatButton, TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page">
      <h1 tabindex="-1">{{ 'actionItems.heading' | translate }}</h1>
      <p>{{ 'actionItems.intro' | translate }}</p>

      <p class="sv-status" role="status">
        @if (closedTitle(); as title) {
          {{ 'actionItems.closed' | translate: { title: title } }}
        }
      </p>
      @if (failure(); as message) {
        <sv-error-message [message]="message" />
      }

      @if (items.isLoading()) {
        <sv-loading-indicator label="actionItems.loading" />
      }
      @if (errorMessage(); as message) {
        <sv-error-message [message]="message" [retryable]="true" (retry)="items.reload()" />
      } @else if (items.hasValue()) {
        @if (items.value().length === 0) {
          <p class="sv-empty">{{ 'actionItems.empty' | translate }}</p>
        } @else {
          <div class="sv-table-scroll" role="region" tabindex="0" [attr.aria-label]="'actionItems.tableLabel' | translate">
            <table class="sv-table">
              <caption class="cdk-visually-hidden">
                {{
                  'actionItems.tableLabel' | translate
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'actionItems.item' | translate }}</th>
                  <th scope="col">{{ 'actionItems.owner' | translate }}</th>
                  <th scope="col">{{ 'actionItems.due' | translate }}</th>
                  <th scope="col">{{ 'actionItems.focusArea' | translate }}</th>
                  <th scope="col">{{ 'actionItems.meeting' | translate }}</th>
                  <th scope="col">{{ 'actionItems.actions' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (item of items.value(); track item.id) {
                  <tr>
                    <td>{{ item.title }}</td>
                    <td>{{ item.ownerName }}</td>
                    <td>{{ item.dueDate ? due(item.dueDate) : ('actionItems.noDue' | translate) }}</td>
                    <td>{{ item.focusAreaCode ? focusAreaTitle(item.focusAreaCode) : ('common.none' | translate) }}</td>
                    <td>
                      @if (item.meetingId) {
                        <a [routerLink]="['/arbetsutskottet/moten', item.meetingId]">{{ 'actionItems.openMeeting' | translate }}</a>
                      }
                    </td>
                    <td>
                      <button
                        mat-stroked-button
                        type="button"
                        [disabled]="closing().has(item.id)"
                        [attr.aria-label]="'actionItems.closeLabel' | translate: { title: item.title }"
                        (click)="closeItem(item)"
                      >
                        {{ 'actionItems.close' | translate }}
                      </button>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </div>
  `,

})
export class ActionItemsPage {
  private readonly api = inject(CommitteeApi);
  private readonly focusAreasApi = inject(FocusAreasApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly items = rxResource({ stream: () => this.api.actionItems('open') });
  protected readonly focusAreas = rxResource({ stream: () => this.focusAreasApi.list() });
  protected readonly errorMessage = computed(() => {
    const error = this.items.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly closing = signal<ReadonlySet<string>>(new Set());
  protected readonly closedTitle = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);

  protected due(date: string): string {
    return formatDate(`${date}T12:00:00Z`, this.language.current());
  }

  protected focusAreaTitle(code: string): string {
    const area = this.focusAreas.hasValue() ? this.focusAreas.value().find((a) => a.code === code) : undefined;
    return area ? localizeFocusArea(area, this.language.current()).title : code;
  }

  protected closeItem(item: ActionItemResponse): void {
    this.failure.set(null);
    this.closedTitle.set(null);
    this.closing.update((ids) => new Set([...ids, item.id]));
    const done = (): void => this.closing.update((ids) => new Set([...ids].filter((id) => id !== item.id)));
    this.api.setActionItemStatus(item.id, 'closed').subscribe({
      next: () => {
        done();
        this.items.update((list) => list?.filter((i) => i.id !== item.id));
        this.closedTitle.set(item.title);
        // The row with the focused button is gone: continue at the next item's button, or the heading.
        setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('tbody button, h1')?.focus());
      },
      error: (error: unknown) => {
        done();
        this.failure.set(errorText(error, this.translate));
      },
    });
  }
}
