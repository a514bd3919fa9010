import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** Flattens nested validation errors to `{ "a.b": "isEmail" }` and a readable sentence. */
export function describeValidationErrors(errors: ValidationError[], parent = ''): { fields: Record<string, string>; messages: string[] } {
  const fields: Record<string, string> = {};
  const messages: string[] = [];
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    if (constraints.length) {
      const [code, text] = constraints[0];
      fields[path] = code === 'whitelistValidation' ? 'unknown' : code;
      messages.push(code === 'whitelistValidation' ? `Fältet ${path} är okänt.` : /[A-ZÅÄÖ]/.test(text[0]) ? text : `${path}: ${text}`);
    }
    if (error.children?.length) {
      const nested = describeValidationErrors(error.children, path);
      Object.assign(fields, nested.fields);
      messages.push(...nested.messages);
    }
  }
  return { fields, messages };
}

/**
 * Every request body, query and parameter is checked against its DTO: unknown fields are refused,
 * and the answer (400) names each field at fault.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const { fields, messages } = describeValidationErrors(errors);
      // The pipe's own exception, not a domain error: the error filter gives it the code validation.failed
      // and, to Swedish readers, this text naming each field at fault.
      // eslint-disable-next-line no-restricted-syntax
      return new BadRequestException({ message: messages.join(' '), errors: fields });
    },
  });
}

/**
 * JSON reviver for request bodies: text must be well-formed Unicode. A lone surrogate ("\ud800") is
 * valid JSON but not text, and some validators throw on it; refused here as malformed JSON (400).
 */
export function wellFormedText(_key: string, value: unknown): unknown {
  if (typeof value === 'string' && !(value as string & { isWellFormed(): boolean }).isWellFormed()) {
    throw new SyntaxError('The text contains an invalid character (a lone UTF-16 surrogate).');
  }
  return value;
}
