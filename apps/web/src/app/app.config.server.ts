import { CSP_NONCE, REQUEST_CONTEXT, inject, mergeApplicationConfig, type ApplicationConfig } from '@angular/core';
import { BEFORE_APP_SERIALIZED, PlatformState } from '@angular/platform-server';
import { provideServerRendering, withRoutes } from '@angular/ssr';
import { CALENDAR_LINK_BASE } from '@samverkan/shared/ui/calendar';
import { PUBLIC_BASE_URL } from '@samverkan/shared/ui/startup';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';

/** What the API process hands to each server render (apps/api/src/platform/web.ts). */
export interface RenderContext {
  /** This response's CSP nonce: the inline scripts of hydration's event replay carry it. */
  readonly nonce: string;
  /** The address people use (PUBLIC_URL), for absolute links; the render itself runs at a loopback address. */
  readonly publicUrl: string;
}

function renderContext(): RenderContext | null {
  const context = inject(REQUEST_CONTEXT, { optional: true }) as RenderContext | null;
  return context && typeof context.nonce === 'string' ? context : null;
}

const serverConfig: ApplicationConfig = {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    { provide: CSP_NONCE, useFactory: () => renderContext()?.nonce ?? null },
    { provide: PUBLIC_BASE_URL, useFactory: () => renderContext()?.publicUrl ?? 'http://localhost' },
    { provide: CALENDAR_LINK_BASE, useFactory: () => `${renderContext()?.publicUrl ?? 'http://localhost'}/` },
    {
      // The event-dispatch contract is an inline script the build puts in the page template; the
      // replay script Angular adds after it gets the nonce from CSP_NONCE, this one gets it here.
      provide: BEFORE_APP_SERIALIZED,
      multi: true,
      useFactory: () => {
        const state = inject(PlatformState);
        const nonce = inject(CSP_NONCE);
        return () => {
          if (nonce) state.getDocument().getElementById('ng-event-dispatch-contract')?.setAttribute('nonce', nonce);
        };
      },
    },
  ],
};

export const config = mergeApplicationConfig(appConfig, serverConfig);
