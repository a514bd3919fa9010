import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { authInterceptor, identityStartupTexts } from '@samverkan/identity/feature';
import { testProviders, useLanguage } from '@samverkan/shared/ui-testing';
import type { StrategyDiffResponse, StrategyVersionResponse } from '@samverkan/strategy/contract';
import { strategyConsultationTexts, strategyPagesTexts } from '../i18n/texts';
import { StrategyComparePage } from './strategy-compare-page';

const version = (id: string, title: string, position: string): StrategyVersionResponse => ({
  id,
  title,
  state: 'adopted',
  adoptedAt: null,
  version: id,
  preamble: '',
  vision: '',
  hasText: true,
  basedOnId: null,
  adoptedMeetingId: null,
  adoptedDecisionId: null,
  focusAreas: [
    {
      code: 'infrastructure',
      titleSv: 'Infrastruktur',
      titleEn: 'Infrastructure',
      text: 'Om elnät.',
      positions: [{ id: 'p', text: position }],
    },
  ],
  mapping: [],
});

const diff: StrategyDiffResponse = {
  baseId: 'old',
  otherId: 'new',
  title: [{ kind: 'same', text: 'Strategin' }],
  preamble: [],
  vision: [],
  focusAreas: [
    {
      code: 'infrastructure',
      kind: 'changed',
      title: [{ kind: 'same', text: 'Infrastruktur' }],
      text: [{ kind: 'same', text: 'Om elnät.' }],
      positions: [
        {
          kind: 'changed',
          words: [
            { kind: 'same', text: 'Fossilfri el' },
            { kind: 'removed', text: 'måste' },
            { kind: 'added', text: 'ska' },
            { kind: 'same', text: 'prioriteras.' },
          ],
        },
      ],
    },
  ],
};

describe('StrategyComparePage', () => {
  let fixture: ComponentFixture<StrategyComparePage>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  it('shows the older version on the left and the newer on the right, words removed and added marked in text', async () => {
    TestBed.configureTestingModule({
      providers: [
        ...testProviders({ texts: [identityStartupTexts, strategyPagesTexts, strategyConsultationTexts], interceptors: [authInterceptor] }),
        provideRouter([]),
      ],
    });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StrategyComparePage);
    fixture.componentRef.setInput('id', 'new');
    fixture.componentRef.setInput('med', 'old');
    TestBed.tick();
    http.expectOne((req) => req.url === '/api/strategies/new/diff' && req.params.get('against') === 'old').flush(diff);
    http.expectOne('/api/strategies/old').flush(version('old', 'Strategi 2025', 'Fossilfri el måste prioriteras.'));
    http.expectOne('/api/strategies/new').flush(version('new', 'Strategi 2028', 'Fossilfri el ska prioriteras.'));
    http.expectOne('/api/strategies').flush([
      { id: 'new', title: 'Strategi 2028', state: 'draft', adoptedAt: null },
      { id: 'old', title: 'Strategi 2025', state: 'adopted', adoptedAt: '2025-05-10T10:00:00Z' },
      { id: 'older', title: 'Finspångsmanifestet', state: 'replaced', adoptedAt: null },
    ]);
    await fixture.whenStable();

    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toContain('Jämförelse: Strategi 2028 mot Strategi 2025');
    expect(Array.from(element.querySelectorAll('h2')).map((h) => h.textContent?.trim())).toContain('Fokusområde: Infrastruktur (Ändrat)');
    const row = Array.from(element.querySelectorAll('tbody tr')).find((tr) =>
      tr.querySelector('th')?.textContent?.includes('Ståndpunkt 1'),
    );
    const [before, after] = Array.from(row?.querySelectorAll('td') ?? []);
    expect(before.querySelector('del')?.textContent?.trim()).toBe('borttaget: måste');
    expect(before.querySelector('ins')).toBeNull();
    expect(after.querySelector('ins')?.textContent?.trim()).toBe('tillagt: ska');
    expect(after.querySelector('del')).toBeNull();
    // The picker offers every other version, the one compared with chosen.
    const picker = element.querySelector('select#sv-compare-with') as HTMLSelectElement;
    expect(Array.from(picker.options).map((o) => o.textContent?.trim())).toEqual([
      '–',
      'Strategi 2025 (Gällande)',
      'Finspångsmanifestet (Ersatt)',
    ]);
    expect(picker.value).toBe('old');
  });
});
