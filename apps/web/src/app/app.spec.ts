import { DOCUMENT } from '@angular/core';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, DeferBlockState, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { AuthService } from '@samverkan/identity/feature';
import { LANGUAGE_STORAGE_KEY, LanguageService } from '@samverkan/shared/ui';
import { firstValueFrom } from 'rxjs';
import { App } from './app';
import { appConfig } from './app.config';

describe('App shell', () => {
  let fixture: ComponentFixture<App>;
  let http: HttpTestingController;
  let router: Router;

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const topBar = (): HTMLElement => element().querySelector('header') as HTMLElement;
  // The link texts without the (aria-hidden) icon ligatures.
  const navLinks = (): string[] =>
    Array.from(element().querySelectorAll('nav a')).map((a) =>
      Array.from(a.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('')
        .trim(),
    );
  const button = (text: string): HTMLButtonElement | undefined =>
    Array.from(element().querySelectorAll('button')).find((b) => b.textContent?.includes(text));

  function answerPending(): void {
    // Answer whatever the pages asked for (the start page lists the focus areas and upcoming conferences).
    for (const request of http.match('/api/focus-areas')) request.flush([]);
    for (const request of http.match((req) => req.url === '/api/conferences')) request.flush([]);
  }

  async function settle(): Promise<void> {
    // A lazy page loads over a few ticks and asks the API as it comes; answer until it is stable.
    for (let i = 0; i < 5; i++) {
      answerPending();
      await new Promise((resolve) => setTimeout(resolve, 5));
      TestBed.tick();
    }
    answerPending();
    await fixture.whenStable();
  }

  async function navigate(url: string): Promise<void> {
    const done = router.navigateByUrl(url);
    await new Promise((resolve) => setTimeout(resolve));
    await settle();
    await done;
    await settle();
  }

  async function signIn(roles: ('admin' | 'working-committee' | 'programme-council')[]): Promise<void> {
    const login = firstValueFrom(TestBed.inject(AuthService).login({ email: 'ada@demo.samverkan.se', password: 'x' }));
    http.expectOne('/api/auth/login').flush({
      accessToken: 'token',
      expiresIn: 900,
      user: { id: '1', email: 'ada@demo.samverkan.se', name: 'Ada Admin', roles },
    });
    await login;
    await fixture.whenStable();
  }

  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    Element.prototype.scrollIntoView = jest.fn(); // not in jsdom
    TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] });
    await firstValueFrom(TestBed.inject(LanguageService).init());
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(App);
    await navigate('/');
  });

  it('starts in Swedish, with a skip link, a way to log in and an English switch', () => {
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('sv');
    expect(element().querySelector('.skip-link')?.textContent?.trim()).toBe('Hoppa till huvudinnehållet');
    expect(topBar().textContent).toContain('Samverkan');
    expect(topBar().querySelector('a[href="/logga-in"]')?.textContent).toContain('Logga in');
    const switcher = button('English');
    expect(switcher?.getAttribute('lang')).toBe('en');
    expect(navLinks()).toEqual(['Start', 'Konferenser', 'Fokusområden']);
    expect(element().querySelector('footer a[href="/tillganglighet"]')?.textContent).toContain('Tillgänglighetsredogörelse');
    expect(TestBed.inject(Title).getTitle()).toBe('Startsida – Samverkan');
  });

  it('switches to English, remembers it and translates shell and title', async () => {
    button('English')?.click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await settle();
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(topBar().querySelector('a[href="/logga-in"]')?.textContent).toContain('Log in');
    expect(button('Svenska')?.getAttribute('lang')).toBe('sv');
    expect(element().querySelector('footer')?.textContent).toContain('Accessibility statement');
    expect(TestBed.inject(Title).getTitle()).toBe('Home – Samverkan');
  });

  it('moves focus to the main content from the skip link', () => {
    (element().querySelector('.skip-link') as HTMLAnchorElement).click();
    expect(document.activeElement?.id).toBe('main');
    expect(router.url).toBe('/');
  });

  it('opens and closes the navigation on a phone with the menu button', async () => {
    const menu = element().querySelector('.top-bar__menu') as HTMLButtonElement;
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(menu.getAttribute('aria-label')).toBe('Meny');
    menu.click();
    await fixture.whenStable();
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    expect(element().querySelector('nav')?.classList).toContain('side-nav--open');
    element().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menu);
  });

  it('shows an admin the links of its capabilities (the working committee\'s too) and the user menu, and logs out', async () => {
    await signIn(['admin']);
    expect(navLinks()).toEqual([
      'Start',
      'Konferenser',
      'Fokusområden',
      'Arbetsutskottet',
      'Hantera konferenser',
      'Möten',
      'Fokusområdenas täckning',
      'Medlemsnytta',
      'Åtgärder',
      'Administration',
      'Användare',
      'Organisationer',
      'Utkorg',
    ]);
    expect(topBar().querySelector('a[href="/logga-in"]')).toBeNull();

    // The user menu is a deferred block (its own chunk): let it load.
    for (const block of await fixture.getDeferBlocks()) await block.render(DeferBlockState.Complete);
    const toggle = element().querySelector('.user-menu__toggle') as HTMLButtonElement;
    expect(toggle.textContent).toContain('Ada Admin');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(element().querySelector('#user-menu')?.textContent).toContain('ada@demo.samverkan.se');

    button('Logga ut')?.click();
    const logout = http.expectOne('/api/auth/logout');
    expect(logout.request.headers.get('Authorization')).toBe('Bearer token');
    logout.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(false);
    expect(topBar().querySelector('a[href="/logga-in"]')).not.toBeNull();
    expect(navLinks()).toEqual(['Start', 'Konferenser', 'Fokusområden']);
  });

  it('shows only the links of the roles the user has', async () => {
    await signIn(['programme-council']);
    expect(navLinks()).toEqual(['Start', 'Konferenser', 'Fokusområden', 'Programrådet', 'Förslag', 'Upprop']);
  });

  it('shows the working committee its conference admin once, under its own link, also for an administrator', async () => {
    await signIn(['working-committee', 'admin']);
    const links = navLinks();
    expect(links.filter((link) => link === 'Hantera konferenser')).toHaveLength(1);
    expect(links.slice(3, 5)).toEqual(['Arbetsutskottet', 'Hantera konferenser']);
    expect(element().querySelector('nav a[href="/admin/utkorg"]')?.textContent).toContain('Utkorg');
  });

  it('routes the conference and registration pages to their own lazy pages', async () => {
    await navigate('/konferenser');
    expect(element().querySelector('main h1')?.textContent).toContain('Konferenser');
    expect(TestBed.inject(Title).getTitle()).toBe('Konferenser – Samverkan');
    expect(element().querySelector('nav a[href="/konferenser"]')?.getAttribute('aria-current')).toBe('page');

    // The manage page asks for the registration at once; answer it before waiting for the app to settle.
    const done = router.navigateByUrl('/anmalan/okand-lank');
    let answered = 0;
    for (let i = 0; i < 20 && !answered; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      TestBed.tick();
      for (const request of http.match('/api/registrations/okand-lank')) {
        request.flush({ statusCode: 404, message: 'Anmälan finns inte.' }, { status: 404, statusText: 'Not Found' });
        answered++;
      }
    }
    expect(answered).toBe(1);
    await done;
    await settle();
    expect(element().querySelector('main h1')?.textContent).toContain('Länken fungerar inte');
    expect(TestBed.inject(Title).getTitle()).toBe('Din anmälan – Samverkan');
  });

  it('sends a visitor who is not logged in from the staff conference pages and the outbox to the login page', async () => {
    await navigate('/arbetsutskottet/konferenser/ny');
    expect(router.url).toBe('/logga-in?returnUrl=%2Farbetsutskottet%2Fkonferenser%2Fny');
    await navigate('/arbetsutskottet/konferenser/c-1/deltagare');
    expect(router.url).toBe('/logga-in?returnUrl=%2Farbetsutskottet%2Fkonferenser%2Fc-1%2Fdeltagare');
    await navigate('/admin/utkorg');
    expect(router.url).toBe('/logga-in?returnUrl=%2Fadmin%2Futkorg');
  });

  it('links the committee to its meetings and action items, and sends a visitor who is not logged in from them to the login page', async () => {
    await signIn(['working-committee']);
    expect(navLinks().slice(3)).toEqual(['Arbetsutskottet', 'Hantera konferenser', 'Möten', 'Fokusområdenas täckning', 'Medlemsnytta', 'Åtgärder']);
    TestBed.inject(AuthService).clear();
    await navigate('/arbetsutskottet/moten/m-1/protokoll');
    expect(router.url).toBe('/logga-in?returnUrl=%2Farbetsutskottet%2Fmoten%2Fm-1%2Fprotokoll');
    await navigate('/programradet/forslag/nytt');
    expect(router.url).toBe('/logga-in?returnUrl=%2Fprogramradet%2Fforslag%2Fnytt');
  });

  it('shows a translated 404 page with a way home for an unknown address', async () => {
    await navigate('/finns-inte');
    expect(element().querySelector('main h1')?.textContent).toContain('Sidan finns inte');
    expect(element().querySelector('main a[href="/"]')?.textContent).toContain('Till startsidan');
    expect(TestBed.inject(Title).getTitle()).toBe('Sidan finns inte – Samverkan');
  });

  it('sends a visitor who is not logged in from an admin page to the login page', async () => {
    await navigate('/admin/anvandare');
    expect(router.url).toBe('/logga-in?returnUrl=%2Fadmin%2Fanvandare');
    expect(element().querySelector('main h1')?.textContent).toContain('Logga in');
  });
});
