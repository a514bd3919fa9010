import { ChangeDetectionStrategy, Component, DOCUMENT, InjectionToken, computed, inject, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * The base that relative feed links resolve against: the page's own address in the browser. The
 * server-side rendering provides the app's public address instead (it renders at a loopback
 * address, which must not end up in the links it sends).
 */
export const CALENDAR_LINK_BASE = new InjectionToken<string>('CALENDAR_LINK_BASE', {
  providedIn: 'root',
  factory: () => inject(DOCUMENT).baseURI,
});

/** The links a calendar app needs for one feed: https (download, Outlook) and webcal (subscribe). */
export function calendarLinks(href: string, name: string, base = globalThis.document?.baseURI ?? 'http://localhost/') {
  const https = new URL(href, base).toString();
  const webcal = https.replace(/^https?:/, 'webcal:');
  const outlook = (host: string) =>
    `https://${host}/calendar/0/addfromweb?url=${encodeURIComponent(https)}&name=${encodeURIComponent(name)}`;
  return {
    https,
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    outlookPersonal: outlook('outlook.live.com'),
    outlookWork: outlook('outlook.office.com'),
  };
}

/**
 * Download an .ics, copy a subscription link, or open the feed in Google Calendar or Outlook on the
 * web, with one sentence on what a subscription does. Used on conference, programme item, "my
 * programme" and meeting pages; the feed itself comes from the calendar API.
 */
@Component({
  selector: 'sv-calendar-links',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="sv-calendar" [attr.aria-labelledby]="headingId">
      @if (headingLevel() === 3) {
        <h3 class="sv-calendar__heading" [id]="headingId">{{ heading() || ('calendarLinks.heading' | translate) }}</h3>
      } @else {
        <h2 class="sv-calendar__heading" [id]="headingId">{{ heading() || ('calendarLinks.heading' | translate) }}</h2>
      }
      <p class="sv-calendar__hint">{{ hint() | translate }}</p>
      <div class="sv-calendar__actions">
        <a class="sv-button sv-button--outlined" [href]="links().https" [attr.download]="filename()">
          <span class="material-symbols-outlined" aria-hidden="true">download</span>
          {{ 'calendarLinks.download' | translate }}
        </a>
        <button class="sv-button sv-button--outlined" type="button" (click)="copy()">
          <span class="material-symbols-outlined" aria-hidden="true">link</span>
          {{ 'calendarLinks.copy' | translate }}
        </button>
        <a class="sv-button" [href]="links().google" target="_blank" rel="noopener">
          {{ 'calendarLinks.google' | translate }}<span class="cdk-visually-hidden"> {{ 'calendarLinks.newWindow' | translate }}</span>
        </a>
        <a class="sv-button" [href]="links().outlookWork" target="_blank" rel="noopener">
          {{ 'calendarLinks.outlookWork' | translate }}<span class="cdk-visually-hidden"> {{ 'calendarLinks.newWindow' | translate }}</span>
        </a>
        <a class="sv-button" [href]="links().outlookPersonal" target="_blank" rel="noopener">
          {{ 'calendarLinks.outlookPersonal' | translate
          }}<span class="cdk-visually-hidden"> {{ 'calendarLinks.newWindow' | translate }}</span>
        </a>
      </div>
      <p class="sv-calendar__status" role="status" aria-live="polite">
        @switch (copied()) {
          @case ('done') {
            {{ 'calendarLinks.copied' | translate }}
          }
          @case ('failed') {
            {{ 'calendarLinks.copyFailed' | translate }} <code class="sv-calendar__url">{{ links().webcal }}</code>
          }
        }
      </p>
    </section>
  `,
  styles: `
    :host {
      display: block;
      margin: 24px 0;
    }
    .sv-calendar__heading {
      font-size: 1.125rem;
      margin: 0 0 4px;
    }
    .sv-calendar__hint {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .sv-calendar__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .sv-calendar__status {
      min-height: 1.5em;
      margin: 8px 0 0;
    }
    .sv-calendar__url {
      overflow-wrap: anywhere;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
})
export class CalendarLinks {
  private static next = 0;
  /** The feed, absolute or relative to the app (e.g. /api/conferences/…/calendar.ics). */
  readonly href = input.required<string>();
  /** The calendar's name in Outlook. */
  readonly name = input.required<string>();
  readonly filename = input('kalender.ics');
  readonly heading = input<string>('');
  /** 3 where the links sit in a section that has its own h2. */
  readonly headingLevel = input<2 | 3>(2);
  /** Translation key of the sentence on what a subscription does. */
  readonly hint = input('calendarLinks.hint');
  protected readonly headingId = `sv-calendar-${CalendarLinks.next++}`;
  private readonly base = inject(CALENDAR_LINK_BASE);
  protected readonly links = computed(() => calendarLinks(this.href(), this.name(), this.base));
  protected readonly copied = signal<'idle' | 'done' | 'failed'>('idle');

  protected async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.links().webcal);
      this.copied.set('done');
    } catch {
      // No clipboard (insecure context, denied): show the link to copy by hand.
      this.copied.set('failed');
    }
  }
}
