import { DestroyRef, Injectable, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslateService } from '@ngx-translate/core';

/** The paginator's labels in the UI language, following a language switch. Provide it on the page that shows the paginator. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly translate = inject(TranslateService);

  constructor() {
    super();
    const subscription = this.translate.onLangChange.subscribe(() => this.applyLabels());
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
    this.applyLabels();
  }

  private applyLabels(): void {
    const t = (key: string, params?: Record<string, unknown>): string => this.translate.instant(key, params);
    this.itemsPerPageLabel = t('attendees.paginator.itemsPerPage');
    this.nextPageLabel = t('attendees.paginator.next');
    this.previousPageLabel = t('attendees.paginator.previous');
    this.firstPageLabel = t('attendees.paginator.first');
    this.lastPageLabel = t('attendees.paginator.last');
    this.getRangeLabel = (page: number, pageSize: number, length: number): string => {
      if (length === 0) return t('attendees.paginator.rangeEmpty');
      const from = page * pageSize + 1;
      const to = Math.min(length, (page + 1) * pageSize);
      return t('attendees.paginator.range', { from, to, length });
    };
    this.changes.next();
  }
}
