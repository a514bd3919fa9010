import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsDateTime, OptionalDateTime, OptionalText, toInt } from './decorators';

class Sample {
  @OptionalText(5) note?: string | null;
  @IsDateTime() startsAt!: string;
  @OptionalDateTime() endsAt?: string | null;
}

const check = (plain: object) => {
  const instance = plainToInstance(Sample, plain);
  return { instance, errors: validateSync(instance).map((e) => e.property) };
};

describe('shared DTO decorators', () => {
  it('trims optional text, turns empty into null, and limits its length', () => {
    expect(check({ note: '  hej  ', startsAt: '2026-04-14T09:30:00+02:00' })).toEqual({
      instance: expect.objectContaining({ note: 'hej' }),
      errors: [],
    });
    expect(check({ note: '   ', startsAt: '2026-04-14T09:30:00+02:00' }).instance.note).toBeNull();
    expect(check({ note: 'för lång', startsAt: '2026-04-14T09:30:00+02:00' }).errors).toEqual(['note']);
    expect(check({ note: 42, startsAt: '2026-04-14T09:30:00+02:00' }).errors).toEqual(['note']);
  });

  it('accepts ISO 8601 date-times and refuses other dates', () => {
    expect(check({ startsAt: '2026-04-14T09:30:00+02:00', endsAt: null }).errors).toEqual([]);
    expect(check({ startsAt: 'tomorrow', endsAt: '14/4 2026' }).errors).toEqual(['startsAt', 'endsAt']);
  });

  it('reads query-string integers', () => {
    expect(toInt({ value: '12' })).toBe(12);
    expect(toInt({ value: '' })).toBeUndefined();
    expect(Number.isNaN(toInt({ value: 'x' }))).toBe(true);
  });
});
