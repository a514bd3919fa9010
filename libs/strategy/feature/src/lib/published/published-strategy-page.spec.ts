import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { testProviders, useLanguage } from '@samverkan/shared/ui-testing';
import type { StrategyCitationsResponse, StrategyVersionResponse } from '@samverkan/strategy/contract';
import { strategyEvidenceTexts, strategyPagesTexts } from '../i18n/texts';
import { adoptedVersion as base } from '../versions/version.fixture';
import { PublishedStrategyPage } from './published-strategy-page';

/** The adopted version of the version page's spec, with a second position to cite. */
const version: StrategyVersionResponse = {
  ...base,
  preamble: 'Första stycket.\n\nAndra stycket.',
  focusAreas: [
    {
      ...base.focusAreas[0],
      positions: [...base.focusAreas[0].positions, { id: 'p2', text: 'Elnäten måste byggas ut.' }],
    },
  ],
};

const cite = (id: string, positionId: string, refId: string, number: number, removed = false) => ({
  id,
  positionId,
  kind: 'theme' as const,
  refId,
  number,
  label: removed ? null : 'Elnätet',
  conferenceTitle: removed ? null : 'Industridagarna 2025',
  removed,
});

const citations: StrategyCitationsResponse = {
  strategyId: version.id,
  positions: [
    { positionId: 'p1', focusAreaCode: 'infrastructure', supported: true, citations: [cite('c1', 'p1', 't1', 1)] },
    {
      positionId: 'p2',
      focusAreaCode: 'infrastructure',
      supported: true,
      citations: [cite('c2', 'p2', 't1', 1), cite('c3', 'p2', 't2', 2, true)],
    },
  ],
};

describe('PublishedStrategyPage', () => {
  let fixture: ComponentFixture<PublishedStrategyPage>;
  let http: HttpTestingController;
  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;

  async function render(language: 'sv' | 'en', answer: (http: HttpTestingController) => void): Promise<void> {
    TestBed.configureTestingModule({
      providers: [...testProviders({ texts: [strategyPagesTexts, strategyEvidenceTexts] }), provideRouter([])],
    });
    await useLanguage(language);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PublishedStrategyPage);
    TestBed.tick();
    answer(http);
    await fixture.whenStable();
    fixture.detectChanges();
  }

  const adopted = (h: HttpTestingController) => {
    h.expectOne('/api/strategies/current').flush(version);
    h.expectOne(`/api/strategies/${version.id}/citations`).flush(citations);
  };

  afterEach(() => http.verify());

  it('shows the adopted text with footnote references and the appendix, each source once', async () => {
    await render('sv', adopted);
    expect(element().querySelector('h1')?.textContent).toContain('Åtgärdsstrategin');
    const positions = Array.from(element().querySelectorAll('li[data-position]'));
    expect(positions.map((li) => li.querySelectorAll('sup a').length)).toEqual([1, 2]);
    expect(positions[1].querySelector('sup a')?.getAttribute('aria-label')).toBe('Hänvisning 1');
    const notes = Array.from(element().querySelectorAll('li[data-footnote]'));
    expect(notes.map((n) => n.id)).toEqual(['fn-1', 'fn-2']);
    expect(notes[0].textContent?.replace(/\s+/g, ' ')).toContain('[1] Tema: Elnätet – Industridagarna 2025');
    expect(notes[1].textContent).toContain('Det som hänvisas till finns inte längre.');
    expect(element().querySelector('a[data-pdf]')?.getAttribute('href')).toBe('/api/strategies/current.pdf?lang=sv');
    expect(element().querySelector('[role="note"]')).toBeNull();
  });

  it('in English: English headings and area titles, the Swedish text marked as Swedish, the English PDF', async () => {
    await render('en', adopted);
    expect(element().querySelector('h3')?.textContent).toContain('Infrastructure in every dimension');
    expect(element().querySelector('[role="note"]')?.textContent).toContain('written in Swedish');
    expect(element().querySelector('li[data-position] span')?.getAttribute('lang')).toBe('sv');
    expect(element().querySelector('a[data-pdf]')?.getAttribute('href')).toBe('/api/strategies/current.pdf?lang=en');
  });

  it('says so when no version is adopted', async () => {
    await render('sv', (h) =>
      h
        .expectOne('/api/strategies/current')
        .flush({ statusCode: 404, code: 'strategy.none-current', message: 'x' }, { status: 404, statusText: 'Not Found' }),
    );
    expect(element().textContent).toContain('Ingen version av strategin är antagen ännu.');
  });
});
