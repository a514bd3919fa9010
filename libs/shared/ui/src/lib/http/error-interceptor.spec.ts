import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { provideI18n } from '../i18n/provide-i18n';
import { LanguageService } from '../i18n/language';
import { sharedTexts } from '../i18n/shared-texts';
import { ApiError } from './api-error';
import { errorInterceptor } from './error-interceptor';

describe('errorInterceptor', () => {
  let http: HttpClient;
  let controller: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideI18n({ texts: [sharedTexts] }),
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    await firstValueFrom(TestBed.inject(LanguageService).use('sv'));
    http = TestBed.inject(HttpClient);
    controller = TestBed.inject(HttpTestingController);
  });

  afterEach(() => controller.verify());

  async function failWith(flush: (req: ReturnType<HttpTestingController['expectOne']>) => void): Promise<ApiError> {
    const result = firstValueFrom(http.get('/api/things'));
    flush(controller.expectOne('/api/things'));
    return result.then(
      () => {
        throw new Error('expected the request to fail');
      },
      (error: unknown) => error as ApiError,
    );
  }

  it('keeps the API body: status, code, message and field errors', async () => {
    const error = await failWith((req) =>
      req.flush(
        { statusCode: 400, code: 'validation.failed', message: 'E-postadressen är ogiltig.', errors: { email: 'isEmail' } },
        { status: 400, statusText: 'Bad Request' },
      ),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('validation.failed');
    expect(error.toBody()).toEqual({
      statusCode: 400,
      code: 'validation.failed',
      message: 'E-postadressen är ogiltig.',
      errors: { email: 'isEmail' },
    });
  });

  it("keeps the API's words (written in the page's language) and notes that language, with the code's parameters", async () => {
    const body = { statusCode: 422, code: 'strategy.unknown-focus-area', message: 'Fokusområdet finns inte.', params: { code: 'space' } };
    const swedish = await failWith((req) => req.flush(body, { status: 422, statusText: 'Unprocessable' }));
    expect(swedish.message).toBe('Fokusområdet finns inte.');
    expect(swedish.language).toBe('sv');
    expect(swedish.params).toEqual({ code: 'space' });
    await firstValueFrom(TestBed.inject(LanguageService).use('en'));
    const english = await failWith((req) => req.flush({ ...body, message: 'That focus area is not in the current strategy.' }, { status: 422, statusText: 'Unprocessable' }));
    expect(english.message).toBe('That focus area is not in the current strategy.');
    expect(english.language).toBe('en');
  });

  it('keeps what else the body carries, such as the current item with a 409 for a stale edit', async () => {
    const error = await failWith((req) =>
      req.flush(
        { statusCode: 409, code: 'request.conflict', error: 'Conflict', message: 'Någon annan har ändrat punkten.', current: { id: 'a-1', version: 3 } },
        { status: 409, statusText: 'Conflict' },
      ),
    );
    expect(error.context).toEqual({ code: 'request.conflict', current: { id: 'a-1', version: 3 } });
    expect(error.toBody()).toEqual({ statusCode: 409, code: 'request.conflict', message: 'Någon annan har ändrat punkten.', current: { id: 'a-1', version: 3 } });
  });

  it('turns a network failure into statusCode 0 with a translated message', async () => {
    const error = await failWith((req) => req.error(new ProgressEvent('error')));
    expect(error.toBody()).toEqual({
      statusCode: 0,
      code: 'client.network',
      message: 'Det gick inte att nå servern. Kontrollera din anslutning och försök igen.',
    });
  });

  it('translates the network message into English when English is in use', async () => {
    await firstValueFrom(TestBed.inject(LanguageService).use('en'));
    const error = await failWith((req) => req.error(new ProgressEvent('error')));
    expect(error.message).toBe('Could not reach the server. Check your connection and try again.');
  });

  it('gives a readable message when the body is not the contract body (a proxy error page)', async () => {
    const error = await failWith((req) => req.flush('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    expect(error.toBody()).toEqual({ statusCode: 502, code: 'client.unexpected', message: 'Något gick fel. Försök igen om en stund.' });
  });

  it('says "too many attempts" for a 429 without a message', async () => {
    const error = await failWith((req) => req.flush(null, { status: 429, statusText: 'Too Many Requests' }));
    expect(error.toBody()).toEqual({
      statusCode: 429,
      code: 'client.unexpected',
      message: 'För många försök. Vänta en stund och försök sedan igen.',
    });
  });

  it('joins an array message and drops non-string field codes', async () => {
    const error = await failWith((req) =>
      req.flush(
        { statusCode: 400, message: ['name should not be empty', 'type must be valid'], errors: { name: 'isNotEmpty', bad: 3 } },
        { status: 400, statusText: 'Bad Request' },
      ),
    );
    expect(error.toBody()).toEqual({
      statusCode: 400,
      code: 'client.unexpected',
      message: 'name should not be empty type must be valid',
      errors: { name: 'isNotEmpty' },
    });
  });

  it('lets successful responses through untouched', async () => {
    const result = firstValueFrom(http.get('/api/things'));
    controller.expectOne('/api/things').flush([{ id: 1 }]);
    await expect(result).resolves.toEqual([{ id: 1 }]);
  });
});
