import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// The language choice is also a cookie (for server-side rendering); jsdom keeps cookies between
// tests, so each test starts without one, as with the storage the tests clear themselves.
beforeEach(() => {
  document.cookie = 'lang=; Path=/; Max-Age=0';
});
