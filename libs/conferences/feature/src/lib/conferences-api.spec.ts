import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { aConference, conferencesTestProviders } from '../testing/fixtures';
import { ConferencesApi } from './conferences-api';

describe('ConferencesApi', () => {
  let api: ConferencesApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: conferencesTestProviders() });
    api = TestBed.inject(ConferencesApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists with only the query parameters given', async () => {
    const all = firstValueFrom(api.list());
    const plain = http.expectOne((req) => req.url === '/api/conferences');
    expect(plain.request.params.keys()).toEqual([]);
    plain.flush([aConference()]);
    expect((await all).map((c) => c.id)).toEqual([aConference().id]);

    const upcoming = firstValueFrom(api.list({ when: 'upcoming', status: 'published' }));
    const request = http.expectOne((req) => req.url === '/api/conferences');
    expect(request.request.params.get('when')).toBe('upcoming');
    expect(request.request.params.get('status')).toBe('published');
    request.flush([]);
    await upcoming;
  });

  it('reads, creates, updates, publishes and changes status at the contract routes', async () => {
    const id = 'c-1';
    const cases: [() => Promise<unknown>, string, string, unknown][] = [
      [() => firstValueFrom(api.get(id)), 'GET', '/api/conferences/c-1', null],
      [() => firstValueFrom(api.update(id, { capacity: 10 })), 'PATCH', '/api/conferences/c-1', { capacity: 10 }],
      [() => firstValueFrom(api.publish(id)), 'POST', '/api/conferences/c-1/publish', null],
      [() => firstValueFrom(api.changeStatus(id, 'cancelled')), 'POST', '/api/conferences/c-1/status', { status: 'cancelled' }],
    ];
    for (const [call, method, url, body] of cases) {
      const result = call();
      const request = http.expectOne(url);
      expect([request.request.method, request.request.body]).toEqual([method, body]);
      request.flush(aConference({ id }));
      await result;
    }
  });

  it('manages themes under the conference', async () => {
    const body = { titleSv: 'Elnätet', focusAreaCodes: ['infrastructure' as const] };
    const added = firstValueFrom(api.addTheme('c-1', body));
    const add = http.expectOne('/api/conferences/c-1/themes');
    expect([add.request.method, add.request.body]).toEqual(['POST', body]);
    add.flush({ id: 't-9', titleSv: 'Elnätet', titleEn: null, descriptionSv: null, descriptionEn: null, focusAreas: [] });
    expect((await added).id).toBe('t-9');

    const removed = firstValueFrom(api.removeTheme('c-1', 't-9'), { defaultValue: undefined });
    const remove = http.expectOne('/api/conferences/c-1/themes/t-9');
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null, { status: 204, statusText: 'No Content' });
    await removed;
  });

  it('asks for municipalities only when listing possible hosts', async () => {
    const hosts = firstValueFrom(api.hostOrganisations(' Fin '));
    const request = http.expectOne((req) => req.url === '/api/organisations');
    expect(request.request.params.get('type')).toBe('municipality');
    expect(request.request.params.get('search')).toBe('Fin');
    expect(request.request.params.get('limit')).toBe('200');
    request.flush({ items: [], total: 0 });
    expect(await hosts).toEqual({ items: [], total: 0 });
  });
});
