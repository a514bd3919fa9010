import type { TranslateService } from '@ngx-translate/core';
import { ApiError } from './api-error';
import { errorText } from './error-text';

describe('errorText', () => {
  const translate = { instant: (key: string) => `«${key}»` } as unknown as TranslateService;

  it("shows the API's message for an API error, also one wrapped by a resource", () => {
    const apiError = new ApiError(409, 'Mötet är redan justerat.');
    expect(errorText(apiError, translate)).toBe('Mötet är redan justerat.');
    expect(errorText(new Error('wrapped', { cause: apiError }), translate)).toBe('Mötet är redan justerat.');
  });

  it('asks to wait after too many attempts (429), whatever the message', () => {
    expect(errorText(new ApiError(429, 'ThrottlerException: Too Many Requests'), translate)).toBe('«errors.tooManyAttempts»');
  });

  it('shows the general text for anything else', () => {
    expect(errorText(new TypeError('x is undefined'), translate)).toBe('«errors.unexpected»');
    expect(errorText(undefined, translate)).toBe('«errors.unexpected»');
  });
});
