import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// jsdom has no canvas: charts skip drawing (their tables carry the numbers), without jsdom's "not implemented" noise.
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];

// The language choice is also a cookie (for server-side rendering); jsdom keeps cookies between
// tests, so each test starts without one, as with the storage the tests clear themselves.
beforeEach(() => {
  document.cookie = 'lang=; Path=/; Max-Age=0';
});
