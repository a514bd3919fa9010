import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthService, authInterceptor, identityStartupTexts } from '@samverkan/identity/feature';
import { testProviders, useLanguage } from '@samverkan/shared/ui-testing';
import type { StrategyVersionResponse } from '@samverkan/strategy/contract';
import { firstValueFrom } from 'rxjs';
import { strategyConsultationTexts, strategyPagesTexts } from '../i18n/texts';
import { StrategyVersionPage } from './strategy-version-page';

const base: StrategyVersionResponse = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Åtgärdsstrategin',
  state: 'adopted',
  adoptedAt: '2024-12-31T23:00:00.000Z',
  version: '2025',
  preamble: 'Första stycket.\n\nAnton Sjödell, ordförande',
  vision: 'Vi ska växa.',
  hasText: true,
  basedOnId: null,
  adoptedMeetingId: null,
  adoptedDecisionId: null,
  focusAreas: [
    {
      code: 'infrastructure',
      titleSv: 'En infrastruktur i alla dimensioner',
      titleEn: 'Infrastructure in every dimension',
      text: 'Om elnät.',
      positions: [{ id: 'p1', text: 'Fossilfri el måste prioriteras.' }],
    },
  ],
  mapping: [],
};

describe('StrategyVersionPage', () => {
  let fixture: ComponentFixture<StrategyVersionPage>;
  let http: HttpTestingController;
  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;

  async function render(version: StrategyVersionResponse, roles: string[] = []): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        ...testProviders({ texts: [identityStartupTexts, strategyPagesTexts, strategyConsultationTexts], interceptors: [authInterceptor] }),
        provideRouter([]),
      ],
    });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    if (roles.length) {
      const login = firstValueFrom(TestBed.inject(AuthService).login({ email: 'ulla@example.se', password: 'x' }));
      http.expectOne('/api/auth/login').flush({
        accessToken: 't',
        expiresIn: 900,
        user: { id: 'u1', email: 'ulla@example.se', name: 'Ulla', roles, organisationId: null },
      });
      await login;
    }
    fixture = TestBed.createComponent(StrategyVersionPage);
    fixture.componentRef.setInput('id', version.id);
    TestBed.tick();
    http.expectOne(`/api/strategies/${version.id}`).flush(version);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    sessionStorage.clear();
  });

  it('shows the introduction in paragraphs, the vision, and each area with its positions', async () => {
    await render(base);
    expect(element().querySelector('h1')?.textContent).toContain('Åtgärdsstrategin');
    expect(element().querySelector('[data-status]')?.textContent).toContain('Gällande');
    expect(Array.from(element().querySelectorAll('p')).map((p) => p.textContent?.trim())).toEqual(
      expect.arrayContaining(['Första stycket.', 'Anton Sjödell, ordförande', 'Vi ska växa.', 'Om elnät.']),
    );
    expect(element().querySelector('h3')?.textContent).toContain('En infrastruktur i alla dimensioner');
    expect(element().querySelector('ol li')?.textContent).toContain('Fossilfri el måste prioriteras.');
    // Not the committee: no actions, no editor.
    expect(element().querySelector('button')).toBeNull();
  });

  it('says that an old version has no recorded text, rather than showing empty headings', async () => {
    await render({ ...base, state: 'replaced', adoptedAt: null, hasText: false, preamble: '', vision: '', focusAreas: [] });
    expect(element().querySelector('[role="note"]')?.textContent).toContain('Texten till den här versionen finns inte registrerad');
    expect(element().textContent).toContain('Datum för antagandet finns inte registrerat');
    expect(element().querySelector('h2')).toBeNull();
  });

  it('lets the committee send a draft out for consultation, and shows the new status', async () => {
    await render({ ...base, state: 'draft', adoptedAt: null }, ['working-committee']);
    expect(element().querySelector('sv-strategy-draft-editor')).not.toBeNull();
    const send = Array.from(element().querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Skicka på remiss'),
    ) as HTMLButtonElement;
    send.click();
    const req = http.expectOne(`/api/strategies/${base.id}/consultation`);
    expect(req.request.method).toBe('POST');
    req.flush({ ...base, state: 'in-consultation', adoptedAt: null });
    TestBed.tick();
    http.expectOne({ method: 'GET', url: `/api/strategies/${base.id}/consultation` }).flush({
      strategyId: base.id,
      comments: [
        { id: 'c1', positionId: 'p1', authorId: 'u2', authorName: 'Pia Programråd', text: 'Nämn kommunerna.', createdAt: '2027-03-01T10:00:00Z' },
      ],
      wordingProposals: [
        {
          id: 'w1',
          positionId: 'p1',
          proposerId: 'u2',
          proposerName: 'Pia Programråd',
          text: 'Fossilfri el ska prioriteras nu.',
          status: 'pending',
          reason: null,
          decidedAt: null,
          createdAt: '2027-03-01T10:00:00Z',
        },
      ],
    });
    await fixture.whenStable();
    // The consultation per position: the comment (not the committee member's own: no delete), the
    // proposal as a word diff marked in text, accept and reject for the committee, and the forms.
    const consultation = element().querySelector('sv-position-consultation') as HTMLElement;
    expect(consultation.textContent).toContain('Nämn kommunerna.');
    expect(consultation.textContent).not.toContain('Ta bort din synpunkt');
    expect(consultation.querySelector('ins')?.textContent?.trim()).toBe('tillagt: ska prioriteras nu.');
    expect(Array.from(consultation.querySelectorAll('del')).map((d) => d.textContent?.trim())).toEqual(['borttaget: måste prioriteras.']);
    expect(consultation.textContent).toContain('Godta förslaget');
    expect(consultation.querySelector('textarea[required]')).not.toBeNull();
    expect(element().querySelector('[data-status]')?.textContent).toContain('På remiss');
    expect(element().querySelector('sv-strategy-draft-editor')).toBeNull();
    expect(element().textContent).toContain('Versionen har fått status På remiss.');
  });
});
