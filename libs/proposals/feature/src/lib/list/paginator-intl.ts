import { DestroyRef, Injectable, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslateService } from '@ngx-translate/core';

/** The paginator's labels in the UI language, following a language switch. Provide it on the page that shows the paginator. */
@Injectable()
export class ProposalPaginatorIntl extends MatPaginatorIntl {
  private readonly translate = inject(TranslateService);

  constructor() {
    super();
    const subscription = this.translate.onLangChange.subscribe(() => this.applyLabels());
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
    this.applyLabels();
  }

  private applyLabels(): void {
    const t = (key: string, params?: Record<string, unknown>): string => this.translate.instant(key, params);
    this.itemsPerPageLabel = t('proposals.paginator.itemsPerPage');
    this.nextPageLabel = t('proposals.paginator.next');
    this.previousPageLabel = t('proposals.paginator.previous');
    this.firstPageLabel = t('proposals.paginator.first');
    this.lastPageLabel = t('proposals.paginator.last');
    this.getRangeLabel = (page: number, pageSize: number, length: number): string => {
      if (length === 0) return t('proposals.paginator.rangeEmpty');
      const from = page * pageSize + 1;
      const to = Math.min(length, (page + 1) * pageSize);
      return t('proposals.paginator.range', { from, to, length });
    };
    this.changes.next();
  }
}
