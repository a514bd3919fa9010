import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideClientHydration, withEventReplay, withHttpTransferCacheOptions } from '@angular/platform-browser';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { conferencesStartupTexts } from '@samverkan/conferences/feature/startup';
import { authInterceptor, identityStartupTexts, provideAuth } from '@samverkan/identity/feature';
import { TranslatedTitleStrategy, errorInterceptor, languageInterceptor, provideI18n, sharedTexts } from '@samverkan/shared/ui/startup';
import { strategyStartupTexts } from '@samverkan/strategy/feature/startup';
import { appShellTexts } from './i18n/texts';
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
    provideHttpClient(withFetch(), withInterceptors([errorInterceptor, languageInterceptor, authInterceptor])),
    // The shell's texts load at start-up; each page's with its route (docs/architecture.md, "Texts").
    provideI18n({ texts: [sharedTexts, identityStartupTexts, strategyStartupTexts, conferencesStartupTexts, appShellTexts] }),
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
