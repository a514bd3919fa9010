import type { TranslateService } from '@ngx-translate/core';
import { errorText as codeText } from '@samverkan/shared/contract';
import { ApiError } from './api-error';
import { errorText } from './error-text';

describe('errorText', () => {
  function translateIn(language: 'sv' | 'en'): TranslateService {
    return { instant: (key: string) => `«${key}»`, getCurrentLang: () => language } as unknown as TranslateService;
  }
  const swedish = translateIn('sv');

  it("shows the API's message for an API error, also one wrapped by a resource", () => {
    const apiError = new ApiError(409, 'Mötet är redan justerat.');
    expect(errorText(apiError, swedish)).toBe('Mötet är redan justerat.');
    expect(errorText(new Error('wrapped', { cause: apiError }), swedish)).toBe('Mötet är redan justerat.');
  });

  it("keeps the API's words in the language they were asked in, the code's text after a switch", () => {
    const duplicate = new ApiError(409, 'Det finns redan en likadan post.', { email: 'taken' }, { code: 'database.duplicate' }, 'sv');
    expect(errorText(duplicate, swedish)).toBe('Det finns redan en likadan post.');
    expect(errorText(duplicate, translateIn('en'))).toBe('An identical entry already exists.');
    const wrongPassword = new ApiError(401, 'You need to sign in.', undefined, { code: 'auth.unauthenticated' }, 'en');
    expect(errorText(wrongPassword, translateIn('en'))).toBe('You need to sign in.');
    expect(errorText(wrongPassword, swedish)).toBe('Du behöver logga in.');
  });

  it("fills in the code's parameters after a switch", () => {
    const error = new ApiError(422, 'x', undefined, { code: 'strategy.unknown-focus-area', params: { code: 'space' } }, 'sv');
    expect(errorText(error, translateIn('en'))).toBe(codeText('strategy.unknown-focus-area', 'en', { code: 'space' }));
  });

  it("keeps the API's words for a code the web does not know yet", () => {
    const error = new ApiError(422, 'Rummet är fullt.', undefined, { code: 'later.domain-code' }, 'sv');
    expect(errorText(error, translateIn('en'))).toBe('Rummet är fullt.');
  });

  it('asks to wait after too many attempts (429), whatever the message', () => {
    expect(errorText(new ApiError(429, 'ThrottlerException: Too Many Requests'), swedish)).toBe('«errors.tooManyAttempts»');
  });

  it('shows the general text for anything else', () => {
    expect(errorText(new TypeError('x is undefined'), swedish)).toBe('«errors.unexpected»');
    expect(errorText(undefined, swedish)).toBe('«errors.unexpected»');
  });
});
