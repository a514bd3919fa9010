import { AngularNodeAppEngine } from '@angular/ssr/node';
import type { RenderContext } from './app/app.config.server';

export type { RenderContext };

/** Renders one page request; null when Angular has no answer for it. */
export type PageRenderer = (request: Request, context: RenderContext) => Promise<Response | null>;

/**
 * The server bundle's only export, used by the API process (apps/api/src/platform/web.ts), which
 * serves the static files, makes the request (loopback origin, no credentials, only the `lang`
 * cookie), sets the CSP header with the nonce, and writes the answer. No HTTP server here: one
 * process, one port.
 *
 * `allowedHosts`: the hosts the render may run at. Relative `/api/…` calls made while rendering
 * resolve against the page's URL, so the API process gives its loopback address; anything else
 * is refused (Angular's guard against server-side request forgery).
 */
export function createPageRenderer(options: { allowedHosts: readonly string[] }): PageRenderer {
  const engine = new AngularNodeAppEngine({ allowedHosts: options.allowedHosts });
  return (request, context) => engine.handle(request, context);
}
