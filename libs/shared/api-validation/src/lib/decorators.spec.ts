import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsString, validateSync } from 'class-validator';
import {
  Email,
  IsDateTime,
  MultiLine,
  OptionalDate,
  OptionalDateTime,
  OptionalNotNull,
  OptionalText,
  PatchType,
  SingleLine,
  toInt,
  trim,
} from './decorators';

class Sample {
  @OptionalText(5) note?: string | null;
  @OptionalText(50, { multiLine: true }) details?: string | null;
  @IsDateTime() startsAt!: string;
  @OptionalDateTime() endsAt?: string | null;
  @OptionalDate() due?: string | null;
}

const START = '2026-04-14T09:30:00+02:00';
const check = (plain: object) => {
  const instance = plainToInstance(Sample, plain);
  return { instance, errors: validateSync(instance).map((e) => e.property) };
};
const codes = <T extends object>(cls: new () => T, plain: object) =>
  Object.fromEntries(validateSync(plainToInstance(cls, plain)).map((e) => [e.property, Object.keys(e.constraints ?? {}).sort()]));

describe('shared DTO decorators', () => {
  it('trims optional text, turns empty into null, and limits its length', () => {
    expect(check({ note: '  hej  ', startsAt: START })).toEqual({
      instance: expect.objectContaining({ note: 'hej' }),
      errors: [],
    });
    expect(check({ note: '   ', startsAt: START }).instance.note).toBeNull();
    expect(check({ note: 'för lång', startsAt: START }).errors).toEqual(['note']);
    expect(check({ note: 42, startsAt: START }).errors).toEqual(['note']);
  });

  it('optional text is one line unless multi-line; multi-line keeps LF and tab and turns CRLF into LF', () => {
    expect(codes(Sample, { note: 'a\nb', startsAt: START })).toEqual({ note: ['singleLine'] });
    const { instance, errors } = check({ details: 'Rad ett\r\nRad två\n\tslut', startsAt: START });
    expect(errors).toEqual([]);
    expect(instance.details).toBe('Rad ett\nRad två\n\tslut');
    expect(codes(Sample, { details: 'a\u0000b', startsAt: START })).toEqual({ details: ['multiLine'] });
    expect(codes(Sample, { details: 'a\u202eb', startsAt: START })).toEqual({ details: ['multiLine'] });
  });

  it('SingleLine and MultiLine leave non-strings to the type check', () => {
    class Texts {
      @IsString() @SingleLine() one!: string;
      @IsString() @MultiLine() many!: string;
    }
    expect(codes(Texts, { one: 1, many: 2 })).toEqual({ one: ['isString'], many: ['isString'] });
    expect(codes(Texts, { one: 'Åsa', many: 'Åsa\nÖberg' })).toEqual({});
  });

  it('accepts date-times with an offset and refuses other dates', () => {
    expect(check({ startsAt: START, endsAt: null }).errors).toEqual([]);
    expect(check({ startsAt: 'tomorrow', endsAt: '14/4 2026' }).errors).toEqual(['startsAt', 'endsAt']);
    expect(codes(Sample, { startsAt: '2027-03-28T02:30:00', endsAt: '2027-03-28' })).toEqual({
      startsAt: ['isDateTime'],
      endsAt: ['isDateTime'],
    });
  });

  it('accepts only real calendar dates where a date is meant', () => {
    expect(check({ startsAt: START, due: '2027-05-01' }).errors).toEqual([]);
    expect(check({ startsAt: START, due: null }).errors).toEqual([]);
    expect(codes(Sample, { startsAt: START, due: '2027-02-29' })).toEqual({ due: ['isCalendarDate'] });
    expect(codes(Sample, { startsAt: START, due: START })).toEqual({ due: ['isCalendarDate'] });
  });

  it('normalises e-mail addresses and refuses control characters in them, quoted or not', () => {
    class Person {
      @Email() email!: string;
    }
    expect(plainToInstance(Person, { email: ' A\u030asa@Example.SE ' }).email).toBe('åsa@example.se');
    expect(codes(Person, { email: 'åsa@example.se' })).toEqual({});
    expect(codes(Person, { email: '"x\r\nBcc: v@evil.example"@probe.example' })['email']).toContain('singleLine');
    expect(codes(Person, { email: '"a\u0000b"@probe.example' })['email']).toContain('singleLine');
    expect(codes(Person, { email: 'not an address' })).toEqual({ email: ['isEmail'] });
  });

  it('OptionalNotNull: may be left out, but null is refused', () => {
    class Flags {
      @OptionalNotNull() @IsBoolean() active?: boolean;
    }
    expect(codes(Flags, {})).toEqual({});
    expect(codes(Flags, { active: true })).toEqual({});
    expect(codes(Flags, { active: null })).toEqual({ active: ['isBoolean'] });
  });

  it('PatchType: every field optional, null refused for required fields and kept for nullable ones', () => {
    class Create {
      @Transform(trim) @IsString() @SingleLine() title!: string;
      @IsDateTime() startsAt!: string;
      @OptionalText(10) venue?: string | null;
    }
    class Patch extends PatchType(Create) {}
    expect(codes(Patch, {})).toEqual({});
    expect(codes(Patch, { venue: null })).toEqual({});
    expect(codes(Patch, { title: null, startsAt: null })).toEqual({ title: ['isString'], startsAt: ['isDateTime'] });
    expect(codes(Patch, { title: 'a\nb' })).toEqual({ title: ['singleLine'] });
  });

  it('reads query-string integers', () => {
    expect(toInt({ value: '12' })).toBe(12);
    expect(toInt({ value: '' })).toBeUndefined();
    expect(Number.isNaN(toInt({ value: 'x' }))).toBe(true);
  });
});
