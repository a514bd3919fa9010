import { HttpException } from '@nestjs/common';
import { UuidOr404Pipe, isUuid } from './id-param';

describe('UuidOr404Pipe', () => {
  const pipe = new UuidOr404Pipe();

  it('passes a UUID through', () => {
    expect(pipe.transform('0b9d7a4e-3c1f-4a8e-9f2b-5d6c7e8f9a0b')).toBe('0b9d7a4e-3c1f-4a8e-9f2b-5d6c7e8f9a0b');
  });

  it.each(['', 'abc', '0b9d7a4e-3c1f-4a8e-9f2b-5d6c7e8f9a0', '0b9d7a4e3c1f4a8e9f2b5d6c7e8f9a0b', "1' OR '1'='1"])('answers 404 for %p', (value) => {
    expect(isUuid(value)).toBe(false);
    try {
      pipe.transform(value);
      throw new Error('let through');
    } catch (error) {
      expect(error).toBeInstanceOf(HttpException);
      expect((error as HttpException).getStatus()).toBe(404);
    }
  });
});
