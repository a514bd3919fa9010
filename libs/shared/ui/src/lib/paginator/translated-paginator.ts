import { DestroyRef, Injectable, InjectionToken, inject, type Provider } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslateService } from '@ngx-translate/core';

/** The key of the "… per page" label, when a page names what it lists ("Förslag per sida"). */
const ITEMS_PER_PAGE_KEY = new InjectionToken<string>('ITEMS_PER_PAGE_KEY');

/** The paginator's labels in the UI language (shared texts `paginator.*`), following a language switch. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly translate = inject(TranslateService);
  private readonly itemsPerPageKey = inject(ITEMS_PER_PAGE_KEY);

  constructor() {
    super();
    const subscription = this.translate.onLangChange.subscribe(() => this.applyLabels());
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
    this.applyLabels();
  }

  private applyLabels(): void {
    const t = (key: string, params?: Record<string, unknown>): string => this.translate.instant(key, params);
    this.itemsPerPageLabel = t(this.itemsPerPageKey);
    this.nextPageLabel = t('paginator.next');
    this.previousPageLabel = t('paginator.previous');
    this.firstPageLabel = t('paginator.first');
    this.lastPageLabel = t('paginator.last');
    this.getRangeLabel = (page: number, pageSize: number, length: number): string => {
      if (length === 0) return t('paginator.rangeEmpty');
      const from = page * pageSize + 1;
      const to = Math.min(length, (page + 1) * pageSize);
      return t('paginator.range', { from, to, length });
    };
    this.changes.next();
  }
}

/** `providers: [provideTranslatedPaginator()]` on a page with a `<mat-paginator>`. */
export function provideTranslatedPaginator(options: { itemsPerPage?: string } = {}): Provider[] {
  return [
    { provide: ITEMS_PER_PAGE_KEY, useValue: options.itemsPerPage ?? 'paginator.itemsPerPage' },
    { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
  ];
}
