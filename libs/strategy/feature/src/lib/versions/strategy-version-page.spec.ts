import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthService, authInterceptor, identityStartupTexts } from '@samverkan/identity/feature';
import { testProviders, useLanguage } from '@samverkan/shared/ui-testing';
import type { StrategyCitationsResponse, StrategyVersionResponse } from '@samverkan/strategy/contract';
import { firstValueFrom } from 'rxjs';
import { strategyConsultationTexts, strategyEvidenceTexts, strategyPagesTexts } from '../i18n/texts';
import { StrategyVersionPage } from './strategy-version-page';
import { adoptedVersion as base } from './version.fixture';

describe('StrategyVersionPage', () => {
  let fixture: ComponentFixture<StrategyVersionPage>;
  let http: HttpTestingController;
  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;

  const noCitations = (version: StrategyVersionResponse): StrategyCitationsResponse => ({
    strategyId: version.id,
    positions: version.focusAreas.flatMap((a) =>
      a.positions.map((p) => ({ positionId: p.id, focusAreaCode: a.code, supported: false, citations: [] })),
    ),
  });

  /** Answers the citations (and, for a draft the user may read, the suggestions) the page asks for. */
  async function requests(url: string) {
    for (let i = 0; i < 20; i++) {
      const found = http.match((r) => r.url === url);
      if (found.length) return found;
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
    }
    throw new Error(`no request to ${url}`);
  }

  async function flushEvidence(version: StrategyVersionResponse, citations = noCitations(version), suggestions = false): Promise<void> {
    if (version.hasText) (await requests(`/api/strategies/${version.id}/citations`)).forEach((r) => r.flush(citations));
    if (suggestions) {
      for (const req of await requests(`/api/strategies/${version.id}/suggestions`)) {
        req.flush({ strategyId: version.id, minConferences: 3, suggestions: [{ focusArea: 'infrastructure', conferences: 4 }] });
      }
    }
  }

  async function render(version: StrategyVersionResponse, roles: string[] = [], citations = noCitations(version)): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        ...testProviders({
          texts: [identityStartupTexts, strategyPagesTexts, strategyConsultationTexts, strategyEvidenceTexts],
          interceptors: [authInterceptor],
        }),
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
    await flushEvidence(version, citations, version.state === 'draft' && roles.length > 0);
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
        {
          id: 'c1',
          positionId: 'p1',
          authorId: 'u2',
          authorName: 'Pia Programråd',
          text: 'Nämn kommunerna.',
          createdAt: '2027-03-01T10:00:00Z',
        },
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
    await flushEvidence({ ...base, state: 'in-consultation', adoptedAt: null });
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

  it('marks a draft’s positions without citations, shows footnotes, and suggests areas without a position', async () => {
    const draft: StrategyVersionResponse = {
      ...base,
      state: 'draft',
      adoptedAt: null,
      focusAreas: [{ ...base.focusAreas[0], positions: [...base.focusAreas[0].positions, { id: 'p2', text: 'Elnätet ska byggas ut.' }] }],
    };
    const citations: StrategyCitationsResponse = {
      strategyId: draft.id,
      positions: [
        {
          positionId: 'p1',
          focusAreaCode: 'infrastructure',
          supported: true,
          citations: [
            {
              id: 'c1',
              positionId: 'p1',
              kind: 'theme',
              refId: 'r1',
              number: 1,
              label: 'Elnätet',
              conferenceTitle: 'Vårkonferensen',
              removed: false,
            },
            { id: 'c2', positionId: 'p1', kind: 'proposal', refId: 'r2', number: 2, label: null, conferenceTitle: null, removed: true },
          ],
        },
        { positionId: 'p2', focusAreaCode: 'infrastructure', supported: false, citations: [] },
      ],
    };
    await render(draft, ['programme-council'], citations);
    const items = element().querySelectorAll('li[data-position]');
    expect(items[0].querySelector('[data-unsupported]')).toBeNull();
    expect(items[0].textContent).toContain('[1]');
    // The reference leads to its footnote on the same page.
    expect(items[0].querySelector('a')?.getAttribute('href')).toMatch(/#fn-infrastructure-1$/);
    expect(element().querySelector('#fn-infrastructure-1')?.textContent).toContain('Elnätet');
    expect(items[1].querySelector('[data-unsupported]')?.textContent).toContain('Stöds inte av konferensarbetet');
    const notes = Array.from(element().querySelectorAll('[data-footnote]')).map((n) => n.textContent?.replace(/\s+/g, ' ').trim());
    expect(notes).toEqual(['Tema: Elnätet, Vårkonferensen', 'Antaget förslag: Underlaget finns inte längre (borttaget)']);
    expect(element().querySelector('[data-suggestion]')?.textContent).toContain(
      'En infrastruktur i alla dimensioner: behandlat på 4 konferenser, ingen ståndpunkt',
    );
    // The council reads, but neither cites nor removes.
    expect(element().textContent).not.toContain('Visa underlag');
    expect(element().textContent).not.toContain('Ta bort hänvisning');
  });
});
