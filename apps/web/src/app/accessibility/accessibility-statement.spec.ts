import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { LanguageService, provideI18n, sharedTexts } from '@samverkan/shared/ui';
import { firstValueFrom } from 'rxjs';
import { appAccessibilityTexts, appShellTexts } from '../i18n/texts';
import { AccessibilityStatement } from './accessibility-statement';
import { MailClient } from './mail-client';

describe('AccessibilityStatement', () => {
  let fixture: ComponentFixture<AccessibilityStatement>;
  const open = jest.fn();

  beforeEach(async () => {
    open.mockReset();
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideI18n({ texts: [sharedTexts, appShellTexts, appAccessibilityTexts] }),
        provideRouter([]),
        { provide: MailClient, useValue: { open } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    await firstValueFrom(TestBed.inject(LanguageService).init());
    fixture = TestBed.createComponent(AccessibilityStatement);
    await fixture.whenStable();
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const field = (name: string): HTMLInputElement | HTMLTextAreaElement =>
    element().querySelector(`[formcontrolname="${name}"]`) as HTMLInputElement;

  async function fill(name: string, value: string): Promise<void> {
    field(name).value = value;
    field(name).dispatchEvent(new Event('input'));
    field(name).dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it("has the parts DIGG's model asks for: status, known problems with criterion and reason, burden, scope, method and dates, two ways to report, enforcement", () => {
    const headings = Array.from(element().querySelectorAll('h1, h2')).map((h) => h.textContent?.trim());
    expect(headings).toEqual([
      'Tillgänglighetsredogörelse för Samverkan',
      'Vad redogörelsen gäller',
      'Hur tillgänglig är Samverkan?',
      'Kända brister',
      'Oskäligt betungande anpassning',
      'Innehåll som inte omfattas av lagen',
      'Hur vi har testat Samverkan',
      'Rapportera brister',
      'Tillsyn',
    ]);
    expect(element().textContent).toContain('WCAG 2.1 på nivå AA');
    expect(element().textContent).toContain('axe');
    expect(element().textContent).toContain('självskattning');
    expect(element().textContent).toContain('Bedömningen gjordes den 27 november 2026.');
    expect(element().textContent).toContain('uppdaterades senast den 5 december 2026');
    const problems = Array.from(element().querySelectorAll('ul li')).map((li) => li.textContent ?? '');
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const problem of problems) expect(problem).toMatch(/WCAG \d\.\d\.\d+ .*Orsak:/);
    expect(element().textContent).toContain('Vi svarar inom fem arbetsdagar.');
    expect(element().textContent).toContain('Du kan också ringa föreningens kansli');
    const mailto = element().querySelector('a[href^="mailto:"]');
    expect(mailto?.getAttribute('href')).toBe('mailto:tillganglighet@svenskaindustrikommuner.se');
    expect(element().querySelector('a[href="https://www.digg.se/tdosanmalan"]')).not.toBeNull();
    expect(element().textContent).toContain('Myndigheten för digital förvaltning (DIGG)');
  });

  it('does not open the mail program without a description', async () => {
    await submit();
    expect(open).not.toHaveBeenCalled();
    expect(field('description').closest('mat-form-field')?.querySelector('mat-error')?.textContent).toContain('Fältet måste fyllas i.');
  });

  it('rejects a reply address that is not an e-mail address', async () => {
    await fill('description', 'Fokus hamnar fel.');
    await fill('replyTo', 'inte en adress');
    await submit();
    expect(open).not.toHaveBeenCalled();
  });

  it('opens the mail program with the problem, the page and the reply address', async () => {
    await fill('description', 'Dialogen går inte att stänga med Esc.');
    await fill('page', '/admin/anvandare');
    await fill('replyTo', 'eva@kommun.se');
    await submit();
    expect(open).toHaveBeenCalledWith(
      'tillganglighet@svenskaindustrikommuner.se',
      'Tillgänglighetsproblem i Samverkan',
      'Problem:\nDialogen går inte att stänga med Esc.\n\nSida eller funktion: /admin/anvandare\n\nSvar till: eva@kommun.se',
    );
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Ditt e-postprogram har öppnats');
  });

  it('is in English when English is chosen', async () => {
    await firstValueFrom(TestBed.inject(LanguageService).use('en'));
    await fixture.whenStable();
    expect(element().querySelector('h1')?.textContent).toContain('Accessibility statement for Samverkan');
    expect(element().textContent).toContain('The Agency for Digital Government (DIGG');
  });
});
