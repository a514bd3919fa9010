import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { aProposal, proposalsTestProviders } from '../testing/fixtures';
import { EMPTY_PROPOSAL_FILTER, isFiltered, proposalQuery } from './proposal-query';
import { ProposalsApi } from './proposals-api';

describe('ProposalsApi', () => {
  let api: ProposalsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: proposalsTestProviders() });
    api = TestBed.inject(ProposalsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists with only the query parameters that are set', async () => {
    const all = firstValueFrom(api.list());
    const plain = http.expectOne((req) => req.url === '/api/proposals');
    expect(plain.request.params.keys()).toEqual([]);
    plain.flush({ items: [aProposal()], total: 1 });
    expect((await all).total).toBe(1);

    const filtered = firstValueFrom(api.list({ state: 'in-review', focusArea: 'skills', search: 'el', limit: 20, offset: 40 }));
    const request = http.expectOne((req) => req.url === '/api/proposals');
    expect(request.request.params.toString()).toBe('state=in-review&focusArea=skills&search=el&limit=20&offset=40');
    request.flush({ items: [], total: 0 });
    await filtered;
  });

  it('reads and writes proposals, comments, reviews and history at the contract routes', async () => {
    const review = { relevance: 4, quality: 5, feasibility: 3, text: 'Bra förslag.' };
    const cases: [() => Promise<unknown>, string, string, unknown][] = [
      [() => firstValueFrom(api.get('p-1')), 'GET', '/api/proposals/p-1', null],
      [() => firstValueFrom(api.update('p-1', { title: 'Ny titel' })), 'PATCH', '/api/proposals/p-1', { title: 'Ny titel' }],
      [() => firstValueFrom(api.submit('p-1')), 'POST', '/api/proposals/p-1/submit', null],
      [() => firstValueFrom(api.withdraw('p-1')), 'POST', '/api/proposals/p-1/withdraw', null],
      [() => firstValueFrom(api.comments('p-1')), 'GET', '/api/proposals/p-1/comments', null],
      [() => firstValueFrom(api.addComment('p-1', { body: 'Bra!' })), 'POST', '/api/proposals/p-1/comments', { body: 'Bra!' }],
      [() => firstValueFrom(api.reviews('p-1')), 'GET', '/api/proposals/p-1/reviews', null],
      [() => firstValueFrom(api.saveReview('p-1', review)), 'PUT', '/api/proposals/p-1/reviews/mine', review],
      [() => firstValueFrom(api.audit('p-1')), 'GET', '/api/proposals/p-1/audit', null],
    ];
    for (const [call, method, url, body] of cases) {
      const result = call();
      const request = http.expectOne(url);
      expect([url, request.request.method, request.request.body]).toEqual([url, method, body]);
      request.flush({});
      await result;
    }
  });

  it('creates with POST /api/proposals and hands the API field errors on as they are', async () => {
    const body = { kind: 'theme' as const, title: 'Ett', summary: 'För kort', focusAreaCodes: [] };
    const result = firstValueFrom(api.create(body));
    const request = http.expectOne({ method: 'POST', url: '/api/proposals' });
    expect(request.request.body).toEqual(body);
    request.flush(
      { statusCode: 400, message: 'Välj minst ett fokusområde.', errors: { focusAreaCodes: 'arrayMinSize', title: 'minLength' } },
      { status: 400, statusText: 'Bad Request' },
    );
    await expect(result).rejects.toMatchObject({ statusCode: 400, errors: { focusAreaCodes: 'arrayMinSize', title: 'minLength' } });
  });
});

describe('proposalQuery', () => {
  it('sends only the filters in use, "mine" as the proposer id, and the page as limit/offset', () => {
    expect(proposalQuery(EMPTY_PROPOSAL_FILTER, { index: 0, size: 20 }, 'u-1')).toEqual({ limit: 20, offset: 0 });
    expect(
      proposalQuery(
        { search: '  el ', focusArea: 'skills', state: 'submitted', conferenceId: 'c-1', mine: true },
        { index: 2, size: 50 },
        'u-1',
      ),
    ).toEqual({ search: 'el', focusArea: 'skills', state: 'submitted', conferenceId: 'c-1', proposerId: 'u-1', limit: 50, offset: 100 });
  });

  it('keeps the page size within what the API allows', () => {
    expect(proposalQuery(EMPTY_PROPOSAL_FILTER, { index: -1, size: 10_000 }, null)).toEqual({ limit: 500, offset: 0 });
  });

  it('tells a filtered list from an empty one', () => {
    expect(isFiltered(EMPTY_PROPOSAL_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_PROPOSAL_FILTER, search: '   ' })).toBe(false);
    expect(isFiltered({ ...EMPTY_PROPOSAL_FILTER, mine: true })).toBe(true);
  });
});
