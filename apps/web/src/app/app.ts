import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { Capability } from '@samverkan/identity/contract';
import { AuthService, homeCapability } from '@samverkan/identity/feature';
import { LanguageService } from '@samverkan/shared/ui/startup';
import { filter } from 'rxjs';
import { UserMenu } from './shell/user-menu';

interface NavLink {
  path: string;
  icon: string;
  /** Translation key. */
  label: string;
  exact?: boolean;
  sub?: boolean;
  /** Shown to those with this capability (identity contract); to everyone without one. */
  capability?: Capability;
}

/**
 * The navigation: the public pages, then each role's home with the pages under it (`sub`). A home shows
 * to those with the capability that opens it (so an administrator also sees the working committee's),
 * a page under it to those of them with the capability the page needs.
 */
const NAV_LINKS: readonly NavLink[] = [
  { path: '/', icon: 'home', label: 'nav.start', exact: true },
  { path: '/konferenser', icon: 'event', label: 'nav.conferences' },
  { path: '/fokusomraden', icon: 'flag', label: 'nav.focusAreas' },
  { path: '/programradet', icon: 'lightbulb', label: 'nav.programmeCouncil', exact: true, capability: homeCapability('programme-council') },
  { path: '/programradet/forslag', icon: 'description', label: 'nav.proposals', sub: true, capability: 'proposals.read' },
  { path: '/programradet/upprop', icon: 'mail', label: 'nav.calls', sub: true, capability: 'calls.review' },
  { path: '/arbetsutskottet', icon: 'groups', label: 'nav.workingCommittee', exact: true, capability: homeCapability('working-committee') },
  { path: '/arbetsutskottet/konferenser', icon: 'edit_calendar', label: 'nav.manageConferences', sub: true, capability: 'conferences.manage' },
  { path: '/arbetsutskottet/moten', icon: 'event_note', label: 'nav.meetings', sub: true, capability: 'meetings.manage' },
  { path: '/arbetsutskottet/fokustackning', icon: 'insights', label: 'nav.coverage', sub: true, capability: 'coverage.read' },
  { path: '/arbetsutskottet/medlemmar', icon: 'apartment', label: 'nav.engagement', sub: true, capability: 'engagement.view' },
  { path: '/arbetsutskottet/atgarder', icon: 'task_alt', label: 'nav.actionItems', sub: true, capability: 'meetings.manage' },
  { path: '/admin', icon: 'admin_panel_settings', label: 'nav.admin', exact: true, capability: homeCapability('admin') },
  { path: '/admin/anvandare', icon: 'group', label: 'nav.users', sub: true, capability: 'users.manage' },
  { path: '/admin/organisationer', icon: 'apartment', label: 'nav.organisations', sub: true, capability: 'organisations.manage' },
  { path: '/admin/utkorg', icon: 'outbox', label: 'nav.outbox', sub: true, capability: 'outbox.read' },
];

/**
 * The shell: skip link, top bar, navigation (a side column on wide screens, a disclosure on
 * phones), main, footer. Plain elements styled with the Material 3 tokens: everything here is
 * in the start-up bundle, so Material components stay in the lazy pages that use them.
 */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe, UserMenu],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
  host: { '(keydown.escape)': 'closeNav()' },
})
export class App {
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly menuButton = viewChild.required<ElementRef<HTMLButtonElement>>('menuButton');

  protected readonly user = this.auth.user;
  protected readonly otherLanguage = computed(() => (this.language.current() === 'sv' ? 'en' : 'sv'));
  protected readonly navOpen = signal(false);
  /** The links the user may follow; sub-links are indented under their home. */
  protected readonly navLinks = computed<NavLink[]>(() => {
    let homeShown = true;
    return NAV_LINKS.filter((link) => {
      const allowed = !link.capability || this.auth.can(link.capability);
      if (link.sub) return homeShown && allowed;
      homeShown = allowed;
      return allowed;
    });
  });

  constructor() {
    let first = true;
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        // After an in-app navigation, close the menu and move focus to the new page so screen readers
        // start there. The first load keeps the browser's own focus handling, and leaves the menu
        // alone: on a server-rendered page it may have been opened (event replay) before the
        // router's first navigation ended.
        if (!first) {
          this.navOpen.set(false);
          this.main().nativeElement.focus({ preventScroll: true });
        }
        first = false;
      });
  }

  protected switchLanguage(): void {
    this.language.use(this.otherLanguage());
  }

  protected skipToMain(event: Event): void {
    // A bare href="#main" would, with <base href="/">, navigate to the start page.
    event.preventDefault();
    this.main().nativeElement.focus();
    this.main().nativeElement.scrollIntoView();
  }

  protected toggleNav(): void {
    this.navOpen.update((open) => !open);
  }

  protected closeNav(): void {
    if (this.navOpen()) {
      this.navOpen.set(false);
      this.menuButton().nativeElement.focus();
    }
  }

  protected logout(): void {
    const home = (): void => void this.router.navigateByUrl('/');
    this.auth.logout().subscribe({ complete: home, error: home });
  }
}
