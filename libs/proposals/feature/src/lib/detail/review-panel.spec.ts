import { HttpTestingController } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { ReviewsResponse } from '@samverkan/proposals/contract';
import { aProposal, proposalsTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { ReviewPanel } from './review-panel';

@Component({
  imports: [ReviewPanel],
  template: `<sv-review-panel
    [proposal]="proposal"
    [reviews]="reviews()"
    viewerId="u-karin"
    (saved)="saved.push($event); reviews.set($event)"
  />`,
})
class Host {
  readonly proposal = aProposal();
  readonly reviews = signal<ReviewsResponse>({ mine: null, reviews: [], count: 1, stats: null });
  readonly saved: ReviewsResponse[] = [];
}

describe('ReviewPanel', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: proposalsTestProviders() });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const radio = (criterion: string, score: number): HTMLInputElement =>
    element().querySelector(`[data-criterion="${criterion}"] [data-score="${score}"] input`) as HTMLInputElement;

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('says that others’ scores appear after your own review, and hides them', () => {
    expect(element().textContent).toContain('Andras poäng och kommentarer visas när du har lämnat din egen granskning');
    expect(element().textContent).not.toContain('Andras granskningar');
  });

  it('asks each score as a radio group named by its criterion, 1 to 5', () => {
    const groups = Array.from(element().querySelectorAll('mat-radio-group'));
    expect(
      groups.map((g) =>
        element()
          .querySelector(`#${g.getAttribute('aria-labelledby')}`)
          ?.textContent?.trim(),
      ),
    ).toEqual(['Relevans', 'Kvalitet', 'Genomförbarhet']);
    expect(groups.every((g) => g.getAttribute('role') === 'radiogroup')).toBe(true);
    expect(Array.from(groups[0].querySelectorAll('input[type="radio"]')).map((r) => (r as HTMLInputElement).value)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('refuses a review without scores, with a message in each group', async () => {
    await submit();
    expect(Array.from(element().querySelectorAll('.sv-field-error')).map((e) => e.textContent?.trim())).toEqual([
      'Välj en poäng mellan 1 och 5.',
      'Välj en poäng mellan 1 och 5.',
      'Välj en poäng mellan 1 och 5.',
    ]);
    const group = element().querySelector('[data-criterion="quality"] mat-radio-group');
    expect(group?.getAttribute('aria-describedby')).toBe('criterion-hint-quality criterion-error-quality');
    http.expectNone((req) => req.method === 'PUT');
  });

  it("saves the scores and text, then shows others' reviews and the statistics", async () => {
    radio('relevance', 5).click();
    radio('quality', 4).click();
    radio('feasibility', 3).click();
    const text = element().querySelector('textarea') as HTMLTextAreaElement;
    text.value = 'Högaktuellt för flera medlemskommuner.';
    text.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    await submit();

    const request = http.expectOne({ method: 'PUT', url: '/api/proposals/p-1/reviews/mine' });
    expect(request.request.body).toEqual({ relevance: 5, quality: 4, feasibility: 3, text: 'Högaktuellt för flera medlemskommuner.' });
    const mine = {
      id: 'r-1',
      reviewerId: 'u-karin',
      reviewerName: 'Karin Kommunråd',
      relevance: 5,
      quality: 4,
      feasibility: 3,
      text: 'Högaktuellt för flera medlemskommuner.',
      updatedAt: '2027-01-12T10:00:00+01:00',
    };
    const other = {
      ...mine,
      id: 'r-2',
      reviewerId: 'u-olle',
      reviewerName: 'Olle Ordförande',
      relevance: 3,
      quality: 2,
      feasibility: 4,
      text: 'Tveksam.',
    };
    const stat = (a: number, b: number) => ({ mean: (a + b) / 2, median: (a + b) / 2, count: 2 });
    request.flush({ mine, reviews: [other], count: 2, stats: { relevance: stat(5, 3), quality: stat(4, 2), feasibility: stat(3, 4) } });
    await fixture.whenStable();

    expect(fixture.componentInstance.saved).toHaveLength(1);
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Din granskning har sparats.');
    expect(element().textContent).not.toContain('Andras poäng och kommentarer visas');
    expect(element().textContent).toContain('Olle Ordförande');
    const rows = Array.from(element().querySelectorAll('table tbody tr')).map((tr) =>
      Array.from(tr.children).map((c) => c.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Relevans', '4', '4', '2'],
      ['Kvalitet', '3', '3', '2'],
      ['Genomförbarhet', '3,5', '3,5', '2'],
    ]);
    expect(element().querySelector('button[type="submit"]')?.textContent).toContain('Spara ändrad granskning');
  });
});
