import { HttpClient } from '@angular/common/http';
import { RESPONSE_INIT, inject } from '@angular/core';
import { RedirectCommand, Router, type CanActivateFn, type ResolveFn } from '@angular/router';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import { catchError, map, of, type Observable } from 'rxjs';
import { CONFERENCES_URL, getConference } from './conference-requests';

/**
 * A public conference page's address: `/konferenser/<slug>` (readable, what people share), while
 * `/konferenser/<id>` links from before keep working by redirecting to it. The route parameter is
 * named `id` either way; `conferenceIdOfAddress` resolves it to the id the pages call the API with.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Moves an id address to the slug address: 301 for search engines and shared links when the
 * server renders it (302 for a draft, whose address may still change), a replaced URL in the
 * browser. Anything else passes: an unknown id shows the page's own not-found state.
 */
export const canonicalConferenceAddress: CanActivateFn = (route, state) => {
  const address = route.paramMap.get('id') ?? '';
  if (!UUID.test(address)) return true;
  const router = inject(Router);
  const response = inject(RESPONSE_INIT, { optional: true });
  return getConference(inject(HttpClient), address).pipe(
    map((conference) => {
      if (!conference.slug) return true;
      if (response) response.status = conference.status === 'draft' ? 302 : 301;
      const target = router.parseUrl(state.url);
      const segments = target.root.children['primary']?.segments ?? [];
      const index = segments.findIndex((s, i) => i > 0 && segments[i - 1].path === 'konferenser' && s.path === address);
      if (index < 0) return true;
      segments[index].path = conference.slug;
      return new RedirectCommand(target, { replaceUrl: true });
    }),
    catchError(() => of(true)),
  );
};

/** The conference's id for the page (bound to its `id` input): looked up for a slug, as it is for an id. */
export const conferenceIdOfAddress: ResolveFn<string> = (route): Observable<string> | string => {
  const address = route.paramMap.get('id') ?? '';
  if (UUID.test(address) || !SLUG.test(address)) return address;
  return inject(HttpClient)
    .get<ConferenceResponse>(`${CONFERENCES_URL}/by-slug/${encodeURIComponent(address)}`)
    .pipe(
      map((conference) => conference.id),
      // Unknown: the page asks the API with the address as it is and shows its not-found state (404).
      catchError(() => of(address)),
    );
};
