import { RESPONSE_INIT, effect, inject, type Signal } from '@angular/core';

/**
 * A page's own not-found state, as the HTTP status of a server-rendered page: while `notFound` is
 * true, the server answers 404 (search engines and link checkers see it; people see the page's
 * own message, as in the browser). Does nothing in the browser. Call in an injection context.
 */
export function notFoundStatus(notFound: Signal<boolean>): void {
  const response = inject(RESPONSE_INIT, { optional: true });
  if (!response) return;
  effect(() => {
    if (notFound()) response.status = 404;
  });
}
