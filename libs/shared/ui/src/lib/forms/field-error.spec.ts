import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { provideI18n } from '../i18n/provide-i18n';
import { LanguageService } from '../i18n/language';
import { sharedTexts } from '../i18n/shared-texts';
import { FieldErrorPipe, fieldErrorMessage } from './field-error';
import { applyServerErrors } from './server-errors';

describe('fieldErrorMessage', () => {
  it('is null for a valid control', () => {
    expect(fieldErrorMessage(null)).toBeNull();
  });

  it('prefers a server error over client validators', () => {
    expect(fieldErrorMessage({ required: true, server: { code: 'taken', message: 'Upptaget' } })).toEqual({
      key: 'validation.server.taken',
      text: 'Upptaget',
    });
  });

  it('passes the number limits on', () => {
    expect(fieldErrorMessage({ min: { min: 1, actual: 0 } })).toEqual({ key: 'validation.min', params: { min: 1 } });
    expect(fieldErrorMessage({ max: { max: 3, actual: 9 } })).toEqual({ key: 'validation.max', params: { max: 3 } });
  });

  it('passes the length limits on', () => {
    expect(fieldErrorMessage({ minlength: { requiredLength: 12, actualLength: 3 } })).toEqual({
      key: 'validation.minLength',
      params: { min: 12 },
    });
  });
});

describe('FieldErrorPipe with applyServerErrors', () => {
  let pipe: FieldErrorPipe;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideI18n({ texts: [sharedTexts] }), FieldErrorPipe] });
    await firstValueFrom(TestBed.inject(LanguageService).use('sv'));
    pipe = TestBed.inject(FieldErrorPipe);
  });

  function form() {
    return new FormGroup({
      email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
      name: new FormControl('Anna', { nonNullable: true }),
    });
  }

  it('shows a translated client-side message', () => {
    const f = form();
    expect(pipe.transform(f.controls.email)).toBe('Fältet måste fyllas i.');
    f.controls.email.setValue('inte-en-adress');
    expect(pipe.transform(f.controls.email)).toBe('Ange en giltig e-postadress, till exempel namn@kommun.se.');
    expect(pipe.transform(f.controls.name)).toBe('');
  });

  it('puts API field errors on the right control only, and they go once the field is edited', () => {
    const f = form();
    f.controls.email.setValue('anna@kommun.se');
    const applied = applyServerErrors(f, {
      statusCode: 409,
      code: 'database.duplicate',
      message: 'Det finns redan en post med samma värde.',
      errors: { email: 'taken', unknownField: 'invalid' },
    });
    expect(applied).toBe(true);
    expect(f.controls.email.touched).toBe(true);
    expect(pipe.transform(f.controls.email)).toBe('Värdet används redan.');
    expect(pipe.transform(f.controls.name)).toBe('');

    f.controls.email.setValue('anna2@kommun.se');
    expect(f.controls.email.valid).toBe(true);
    expect(pipe.transform(f.controls.email)).toBe('');
  });

  it('falls back to the API message for a code it has no text for', () => {
    const f = form();
    applyServerErrors(f, { statusCode: 422, code: 'request.not-processable', message: 'Organisationen är arkiverad.', errors: { name: 'archived' } });
    expect(pipe.transform(f.controls.name)).toBe('Organisationen är arkiverad.');
  });

  it('reports false when no field matched, so the caller shows the message itself', () => {
    expect(applyServerErrors(form(), { statusCode: 422, code: 'validation.failed', message: 'x', errors: { other: 'invalid' } })).toBe(false);
    expect(applyServerErrors(form(), { statusCode: 500, code: 'server.error', message: 'x' })).toBe(false);
  });

  it('follows a language switch', async () => {
    const f = form();
    await firstValueFrom(TestBed.inject(LanguageService).use('en'));
    expect(pipe.transform(f.controls.email)).toBe('This field is required.');
  });
});
