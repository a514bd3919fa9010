import { DOCUMENT, DestroyRef, Injectable, InjectionToken, effect, inject } from '@angular/core';
import { Meta, Title } from '@angular/platform-browser';
import { TranslateService } from '@ngx-translate/core';

/**
 * The address people use, for absolute links in the page's head (og:url): the page's own origin in
 * the browser; the server-side rendering provides PUBLIC_URL (it renders at a loopback address).
 */
export const PUBLIC_BASE_URL = new InjectionToken<string>('PUBLIC_BASE_URL', {
  providedIn: 'root',
  factory: () => inject(DOCUMENT).location?.origin ?? 'http://localhost',
});

/** What a page says about itself once its data is there: the thing it shows, for titles and link previews. */
export interface PageDescription {
  /** The page's subject in the current language ("Industrikommunernas vårkonferens"). */
  title: string;
  /** A sentence or two about it; cut to {@link DESCRIPTION_LENGTH} characters. */
  description?: string | null;
  /** The page's own path (`/konferenser/…`), made absolute for og:url. */
  path: string;
}

export const DESCRIPTION_LENGTH = 160;

/** Whitespace collapsed, cut at a word boundary to at most `max` characters with an ellipsis. */
export function shortDescription(text: string, max = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

const OPEN_GRAPH = ['og:title', 'og:description', 'og:type', 'og:url'] as const;

/**
 * The document's title and description. Routes give a translated title ("Konferens – Samverkan",
 * through TranslatedTitleStrategy); a page that has loaded its subject names it instead
 * ("<conference> – Samverkan") with a description and Open Graph tags, until it is left.
 */
@Injectable({ providedIn: 'root' })
export class PageHead {
  private readonly title = inject(Title);
  private readonly meta = inject(Meta);
  private readonly translate = inject(TranslateService);
  private readonly base = inject(PUBLIC_BASE_URL).replace(/\/+$/, '');
  /** The site's own description from index.html, for pages that have none. */
  private readonly siteDescription = this.meta.getTag('name="description"')?.content ?? null;
  private routeTitleKey: string | undefined;
  private owner: object | null = null;
  private page: PageDescription | null = null;

  setRouteTitle(key: string | undefined): void {
    this.routeTitleKey = key;
    this.apply();
  }

  describe(owner: object, page: PageDescription | null): void {
    this.owner = owner;
    this.page = page;
    this.apply();
  }

  release(owner: object): void {
    if (this.owner !== owner) return;
    this.owner = null;
    this.page = null;
    this.apply();
  }

  /** Writes the head for the current language (also after a language switch). */
  apply(): void {
    const appName: string = this.translate.instant('app.name');
    const name = this.page?.title ?? (this.routeTitleKey ? (this.translate.instant(this.routeTitleKey) as string) : null);
    const title = name ? `${name} – ${appName}` : appName;
    this.title.setTitle(title);
    const description = this.page?.description ? shortDescription(this.page.description) : null;
    if (description ?? this.siteDescription)
      this.meta.updateTag({ name: 'description', content: (description ?? this.siteDescription) as string });
    else this.meta.removeTag('name="description"');
    if (!this.page) {
      for (const property of OPEN_GRAPH) this.meta.removeTag(`property="${property}"`);
      return;
    }
    this.meta.updateTag({ property: 'og:title', content: title });
    if (description) this.meta.updateTag({ property: 'og:description', content: description });
    else this.meta.removeTag('property="og:description"');
    this.meta.updateTag({ property: 'og:type', content: 'website' });
    this.meta.updateTag({ property: 'og:url', content: `${this.base}${this.page.path}` });
  }
}

/**
 * For a page's constructor: the page names its subject in the document's head whenever `source`
 * changes (its data loads, the language switches), and gives the head back to its route when it is left.
 */
export function describePage(source: () => PageDescription | null): void {
  const head = inject(PageHead);
  const owner = {};
  effect(() => head.describe(owner, source()));
  inject(DestroyRef).onDestroy(() => head.release(owner));
}
