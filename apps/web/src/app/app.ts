import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '@samverkan/identity/feature';
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
}

const STAFF_LINKS: NavLink[] = [
  { path: '/arbetsutskottet/konferenser', icon: 'edit_calendar', label: 'nav.manageConferences', sub: true },
  { path: '/arbetsutskottet/moten', icon: 'event_note', label: 'nav.meetings', sub: true },
  { path: '/arbetsutskottet/fokustackning', icon: 'insights', label: 'nav.coverage', sub: true },
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
  protected readonly isAdmin = computed(() => this.auth.roles().includes('admin'));
  protected readonly isCommittee = computed(() => this.auth.roles().includes('working-committee'));
  protected readonly isCouncil = computed(() => this.auth.roles().includes('programme-council'));

  /** The navigation, by role; sub-links are indented under their section. */
  protected readonly navLinks = computed<NavLink[]>(() => {
    const council = this.isCouncil();
    const committee = this.isCommittee();
    const admin = this.isAdmin();
    return [
      { path: '/', icon: 'home', label: 'nav.start', exact: true },
      { path: '/konferenser', icon: 'event', label: 'nav.conferences' },
      { path: '/fokusomraden', icon: 'flag', label: 'nav.focusAreas' },
      ...(council
        ? [
            { path: '/programradet', icon: 'lightbulb', label: 'nav.programmeCouncil', exact: true },
            { path: '/programradet/forslag', icon: 'description', label: 'nav.proposals', sub: true },
          ]
        : []),
      ...(committee
        ? [
            { path: '/arbetsutskottet', icon: 'groups', label: 'nav.workingCommittee', exact: true },
            ...STAFF_LINKS,
            { path: '/arbetsutskottet/atgarder', icon: 'task_alt', label: 'nav.actionItems', sub: true },
          ]
        : []),
      ...(admin
        ? [
            { path: '/admin', icon: 'admin_panel_settings', label: 'nav.admin', exact: true },
            { path: '/admin/anvandare', icon: 'group', label: 'nav.users', sub: true },
            { path: '/admin/organisationer', icon: 'apartment', label: 'nav.organisations', sub: true },
            // Administrators manage conferences too; under the committee's section when they have both roles.
            ...(committee ? [] : STAFF_LINKS),
            { path: '/admin/utkorg', icon: 'outbox', label: 'nav.outbox', sub: true },
          ]
        : []),
    ];
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
