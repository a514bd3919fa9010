import { RenderMode, type ServerRoute } from '@angular/ssr';

/**
 * Which pages the server renders (docs/adr/0006-server-side-rendering.md).
 *
 * Server: the public pages, the same for everyone but the language (a cookie), whose first paint
 * matters (the start page, conferences, programme, programme items, registration form, focus
 * areas, the adopted strategy, accessibility statement, privacy notice, an open call with its form). The server calls only public API routes for them, without
 * credentials.
 *
 * Client: everything else. Staff pages depend on a sign-in kept in the browser's sessionStorage,
 * which the server cannot see (it would only render the redirect to the login page); the manage
 * link (`anmalan/:token`), the group link (`anmalan/grupp/:token`), an open call's confirmation link (`upprop/bekrafta/:token`) and password-reset pages carry a secret in the URL and show personal
 * data, which stays out of server rendering and its transfer cache; login and unknown addresses
 * gain nothing from it.
 */
export const serverRoutes: ServerRoute[] = [
  { path: '', renderMode: RenderMode.Server },
  { path: 'konferenser', renderMode: RenderMode.Server },
  { path: 'konferenser/:id', renderMode: RenderMode.Server },
  { path: 'konferenser/:id/program', renderMode: RenderMode.Server },
  { path: 'konferenser/:id/anmalan', renderMode: RenderMode.Server },
  { path: 'konferenser/:id/gruppanmalan', renderMode: RenderMode.Server },
  { path: 'program/punkt/:itemId', renderMode: RenderMode.Server },
  { path: 'fokusomraden', renderMode: RenderMode.Server },
  { path: 'strategi/gallande', renderMode: RenderMode.Server },
  { path: 'tillganglighet', renderMode: RenderMode.Server },
  { path: 'personuppgifter', renderMode: RenderMode.Server },
  { path: 'upprop/bekrafta/:token', renderMode: RenderMode.Client },
  { path: 'upprop/:callId', renderMode: RenderMode.Server },
  { path: '**', renderMode: RenderMode.Client },
];
