import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideClientHydration, withEventReplay, withHttpTransferCacheOptions } from '@angular/platform-browser';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { conferencesSv } from '@samverkan/conferences/feature/startup';
import { authInterceptor, identitySv, provideAuth } from '@samverkan/identity/feature';
import { registrationsSv } from '@samverkan/registrations/feature';
import { TranslatedTitleStrategy, errorInterceptor, provideI18n, sharedSv } from '@samverkan/shared/ui/startup';
import { strategySv } from '@samverkan/strategy/feature/startup';
import { loadEnglish } from './i18n/english';
import { appSv } from './i18n/sv';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled', anchorScrolling: 'enabled' }),
    ),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // errorInterceptor first: it wraps the others, so every error reaching the app is normalised.
    provideHttpClient(withFetch(), withInterceptors([errorInterceptor, authInterceptor])),
    provideI18n({
      // The proposal and committee pages' Swedish texts load with their routes (start-up budget).
      sv: [sharedSv, identitySv, strategySv, conferencesSv, registrationsSv, appSv],
      en: loadEnglish,
    }),
    provideAuth(),
    // The public pages are rendered on the server (app.routes.server.ts); the browser takes over the
    // rendered DOM instead of drawing it again, replays clicks made before that, and reuses the API
    // answers the server got (sent along in the page) instead of fetching them again. Requests with
    // an Authorization header are never cached (Angular's default): the server never sends one.
    provideClientHydration(
      withEventReplay(),
      withHttpTransferCacheOptions({ filter: (request) => request.url.startsWith('/api/') }),
    ),
  ],
};
