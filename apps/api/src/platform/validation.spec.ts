import { BadRequestException } from '@nestjs/common';
import { IsEmail, IsInt, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { createValidationPipe, describeValidationErrors, wellFormedText } from './validation';

class Inner {
  @IsInt() @Min(1) seats!: number;
}
class Outer {
  @IsEmail({}, { message: 'Ange en giltig e-postadress.' }) email!: string;
  @ValidateNested() @Type(() => Inner) inner!: Inner;
}

describe('validation', () => {
  const pipe = createValidationPipe();
  const validate = (value: unknown) => pipe.transform(value, { type: 'body', metatype: Outer });

  it('names each field at fault, nested ones by path, and unknown fields', async () => {
    const error = (await validate({ email: 'nope', inner: { seats: 0 }, extra: true }).catch((e: unknown) => e)) as BadRequestException;
    expect(error).toBeInstanceOf(BadRequestException);
    const body = error.getResponse() as { message: string; errors: Record<string, string> };
    expect(body.errors).toEqual({ email: 'isEmail', 'inner.seats': 'min', extra: 'unknown' });
    expect(body.message).toContain('Ange en giltig e-postadress.');
    expect(body.message).toContain('Fältet extra är okänt.');
  });

  it('passes a valid body through as an instance of the DTO', async () => {
    const value = await validate({ email: 'a@b.se', inner: { seats: 2 } });
    expect(value).toBeInstanceOf(Outer);
    expect(describeValidationErrors([]).messages).toEqual([]);
  });

  it('refuses lone surrogates in JSON text, keeps well-formed text', () => {
    expect(JSON.parse('{"name":"Åsa 🎉"}', wellFormedText)).toEqual({ name: 'Åsa 🎉' });
    expect(() => JSON.parse('{"email":"a\\ud800@x.se"}', wellFormedText)).toThrow(SyntaxError);
    expect(() => JSON.parse('["\\udc00"]', wellFormedText)).toThrow(SyntaxError);
  });
});
