import { DestroyRef, Injectable, inject } from '@angular/core';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { PageHead } from './page-head';

/**
 * Route `title`s are translation keys; the document title becomes "<page> – Samverkan"
 * in the current language and follows a language switch. A page that names its subject
 * (`describePage`) takes precedence while it is shown.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly head = inject(PageHead);

  constructor() {
    super();
    const subscription = inject(TranslateService).onLangChange.subscribe(() => this.head.apply());
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.head.setRouteTitle(this.buildTitle(snapshot));
  }
}
