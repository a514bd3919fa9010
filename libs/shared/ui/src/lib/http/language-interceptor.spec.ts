import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { LanguageService } from '../i18n/language';
import { provideI18n } from '../i18n/provide-i18n';
import { sharedTexts } from '../i18n/shared-texts';
import { languageInterceptor } from './language-interceptor';

describe('languageInterceptor', () => {
  let http: HttpClient;
  let controller: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideI18n({ texts: [sharedTexts] }), provideHttpClient(withInterceptors([languageInterceptor])), provideHttpClientTesting()],
    });
    await firstValueFrom(TestBed.inject(LanguageService).init());
    http = TestBed.inject(HttpClient);
    controller = TestBed.inject(HttpTestingController);
  });

  afterEach(() => controller.verify());

  function headerOf(url: string): string | null {
    void firstValueFrom(http.get(url));
    const request = controller.expectOne(url);
    request.flush({});
    return request.request.headers.get('Accept-Language');
  }

  it('sends the page language to our API, Swedish until someone switches', async () => {
    expect(headerOf('/api/conferences')).toBe('sv');
    await firstValueFrom(TestBed.inject(LanguageService).use('en'));
    expect(headerOf('/api/conferences')).toBe('en');
  });

  it('leaves requests to other addresses alone', () => {
    expect(headerOf('https://example.org/api/x')).toBeNull();
    expect(headerOf('/assets/i18n.json')).toBeNull();
  });
});
