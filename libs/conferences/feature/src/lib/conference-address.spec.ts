import { HttpTestingController } from '@angular/common/http/testing';
import { RESPONSE_INIT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { RedirectCommand, Router, convertToParamMap, type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import { firstValueFrom, isObservable, of, type Observable } from 'rxjs';
import { aConference, conferencesTestProviders } from '../testing/fixtures';
import { canonicalConferenceAddress, conferenceIdOfAddress } from './conference-address';

const ID = aConference().id;
const SLUG = 'industrikommunernas-varkonferens-2027';

function routeWith(id: string): ActivatedRouteSnapshot {
  return { paramMap: convertToParamMap({ id }) } as ActivatedRouteSnapshot;
}

async function settle<T>(value: T | Observable<T> | Promise<T>): Promise<T> {
  return isObservable(value) ? firstValueFrom(value) : value instanceof Promise ? value : firstValueFrom(of(value));
}

describe('conference addresses', () => {
  let http: HttpTestingController;
  let response: { status?: number };

  function setUp(withResponse: boolean): void {
    response = {};
    TestBed.configureTestingModule({
      providers: [...conferencesTestProviders(), ...(withResponse ? [{ provide: RESPONSE_INIT, useValue: response }] : [])],
    });
    http = TestBed.inject(HttpTestingController);
  }

  afterEach(() => http.verify());

  it('moves an id address to the slug, keeping the rest of the path and the query, with a 301 on the server', async () => {
    setUp(true);
    const result = settle(
      TestBed.runInInjectionContext(() =>
        canonicalConferenceAddress(routeWith(ID), { url: `/konferenser/${ID}/program?utm_source=mail` } as RouterStateSnapshot),
      ),
    );
    http.expectOne(`/api/conferences/${ID}`).flush(aConference({ slug: SLUG }));
    const command = await result;
    expect(command).toBeInstanceOf(RedirectCommand);
    expect(TestBed.inject(Router).serializeUrl((command as RedirectCommand).redirectTo)).toBe(
      `/konferenser/${SLUG}/program?utm_source=mail`,
    );
    expect(response.status).toBe(301);
  });

  it('redirects a draft temporarily (302): its address may still change', async () => {
    setUp(true);
    const result = settle(
      TestBed.runInInjectionContext(() => canonicalConferenceAddress(routeWith(ID), { url: `/konferenser/${ID}` } as RouterStateSnapshot)),
    );
    http.expectOne(`/api/conferences/${ID}`).flush(aConference({ slug: SLUG, status: 'draft' }));
    expect(await result).toBeInstanceOf(RedirectCommand);
    expect(response.status).toBe(302);
  });

  it('lets slug addresses, conferences without a slug and unknown ids through to the page', async () => {
    setUp(false);
    expect(
      await settle(
        TestBed.runInInjectionContext(() =>
          canonicalConferenceAddress(routeWith(SLUG), { url: `/konferenser/${SLUG}` } as RouterStateSnapshot),
        ),
      ),
    ).toBe(true);
    const withoutSlug = settle(
      TestBed.runInInjectionContext(() => canonicalConferenceAddress(routeWith(ID), { url: `/konferenser/${ID}` } as RouterStateSnapshot)),
    );
    http.expectOne(`/api/conferences/${ID}`).flush(aConference({ slug: null }));
    expect(await withoutSlug).toBe(true);
    const unknown = settle(
      TestBed.runInInjectionContext(() => canonicalConferenceAddress(routeWith(ID), { url: `/konferenser/${ID}` } as RouterStateSnapshot)),
    );
    http.expectOne(`/api/conferences/${ID}`).flush({ code: 'conferences.not-found' }, { status: 404, statusText: 'Not Found' });
    expect(await unknown).toBe(true);
  });

  it('resolves a slug to the id the page asks the API with; an id stays, an unknown slug is left for the page’s 404', async () => {
    setUp(false);
    const resolve = (id: string) =>
      settle(
        TestBed.runInInjectionContext(() => conferenceIdOfAddress(routeWith(id), {} as RouterStateSnapshot)) as string | Observable<string>,
      );
    const found = resolve(SLUG);
    http.expectOne(`/api/conferences/by-slug/${SLUG}`).flush(aConference());
    expect(await found).toBe(ID);
    expect(await resolve(ID)).toBe(ID);
    expect(await resolve('Inte En Slug')).toBe('Inte En Slug');
    const unknown = resolve('finns-inte-2027');
    http.expectOne('/api/conferences/by-slug/finns-inte-2027').flush({}, { status: 404, statusText: 'Not Found' });
    expect(await unknown).toBe('finns-inte-2027');
  });
});
