import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { FOCUS_AREAS, aProposal, proposalsTestProviders } from '../../testing/fixtures';
import { ProposalListPage } from './proposal-list-page';

describe('ProposalListPage', () => {
  let fixture: ComponentFixture<ProposalListPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...proposalsTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProposalListPage);
    TestBed.tick();
  });

  afterEach(() => http.verify());

  it('marks a proposal that fills a gap in words, naming the short areas, and no other', async () => {
    http.expectOne('/api/focus-areas').flush(FOCUS_AREAS);
    http.expectOne((req) => req.url === '/api/conferences').flush([]);
    http
      .expectOne((req) => req.url === '/api/proposals')
      .flush({
        items: [
          aProposal({ id: 'p-1', title: 'Skolan och industrin', focusAreaCodes: ['infrastructure', 'skills'], gapAreaCodes: ['skills'] }),
          aProposal({ id: 'p-2', title: 'Elnätet', focusAreaCodes: ['infrastructure'], gapAreaCodes: [] }),
        ],
        total: 2,
      });
    await fixture.whenStable();
    const items = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('li.sv-proposal'));
    const marker = (item: Element) => item.querySelector('[data-gap-marker]')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(marker(items[0])).toBe('lightbulb Fyller en lucka: Kompetensförsörjning för konkurrenskraft');
    expect(marker(items[1])).toBeUndefined();
  });
});
