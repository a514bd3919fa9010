import { applyDecorators, type Type } from '@nestjs/common';
import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, MaxLength, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { isCalendarDate, isOffsetDateTime } from './date-time';
import { normaliseEmail } from './email';
import { isMultiLine, isSingleLine, normaliseLineEnds } from './text';

/** Trims strings and turns CRLF into LF; leaves other values for the validators to refuse. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseLineEnds(value.trim()) : value);
/** E-mail addresses (and searches for them): `normaliseEmail` (trimmed, NFC, lower-case). */
export const toEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseEmail(value) : value);
/** Trims (and CRLF → LF); an empty string means "no value" (null). */
export const nullableText = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? normaliseLineEnds(value.trim()) || null : value;
/** Query-string numbers: "" and absent are undefined, anything else goes to Number (NaN fails IsInt). */
export const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

export const DATE_TIME_MESSAGE = 'Ange tid som ISO 8601 med tidszon, t.ex. 2026-04-14T09:30:00+02:00.';
export const DATE_MESSAGE = 'Ange datum som ÅÅÅÅ-MM-DD.';
/** Lower-case first, so the error message starts with the field's name ("titleSv: får inte …"). */
export const SINGLE_LINE_MESSAGE = 'får inte innehålla radbrytningar, tabbar eller andra styrtecken.';
export const MULTI_LINE_MESSAGE = 'får inte innehålla andra styrtecken än radbrytning och tabb.';

/**
 * The rule for every one-line text field (names, titles, e-mail, search strings…): no control
 * character (CR, LF, tab…), no line or paragraph separator, no bidi override or isolate. Error code
 * `singleLine`. Every string property of a DTO carries this or `@MultiLine()`: a test walks them all.
 */
export function SingleLine(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'singleLine',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || isSingleLine(value),
        defaultMessage: () => SINGLE_LINE_MESSAGE,
      },
    },
    options,
  );
}

/**
 * The rule for multi-line text (descriptions, comments, minutes, needs): line feeds and tabs are
 * kept (pair with the `trim`/`nullableText` transform, which turns CRLF into LF), any other control
 * character and the spoofing characters of `SingleLine` are refused. Error code `multiLine`.
 */
export function MultiLine(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'multiLine',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || isMultiLine(value),
        defaultMessage: () => MULTI_LINE_MESSAGE,
      },
    },
    options,
  );
}

/**
 * May be left out, but when given must pass the other rules: null is refused (400 naming the field).
 * For optional fields that are not nullable; `IsOptional` would let null through to the database.
 */
export function OptionalNotNull(): PropertyDecorator {
  return ValidateIf((_: unknown, value: unknown) => value !== undefined);
}

/**
 * The DTO of a PATCH: every field of `classRef` optional, but null only where `classRef` itself
 * allows it (its nullable fields use `IsOptional`); a required field sent as null is a 400.
 */
export function PatchType<T>(classRef: Type<T>): Type<Partial<T>> {
  return PartialType(classRef, { skipNullProperties: false });
}

/** An e-mail address (pair with @ApiProperty): normalised by `normaliseEmail`, valid, at most 254 characters, one line. */
export function Email(): PropertyDecorator {
  return applyDecorators(Transform(toEmail), IsEmail({}, { message: 'Ange en giltig e-postadress.' }), MaxLength(254), SingleLine());
}

/**
 * An optional, nullable free-text field: trimmed, empty becomes null, at most `maxLength`
 * characters; one line unless `multiLine`.
 */
export function OptionalText(maxLength: number, options: { description?: string; multiLine?: boolean } = {}) {
  return applyDecorators(
    ApiPropertyOptional({ nullable: true, maxLength, ...(options.description ? { description: options.description } : {}) }),
    IsOptional(),
    Transform(nullableText),
    ValidateIf((_: unknown, value: unknown) => value !== null),
    IsString(),
    MaxLength(maxLength),
    options.multiLine ? MultiLine() : SingleLine(),
  );
}

/** A date-time with an offset (`isOffsetDateTime`), required; pair with @ApiProperty. Error code `isDateTime`. */
export function IsDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isDateTime', validator: { validate: isOffsetDateTime, defaultMessage: () => DATE_TIME_MESSAGE } }, options);
}

/** An optional, nullable date-time with an offset. */
export function OptionalDateTime(description?: string) {
  return applyDecorators(
    ApiPropertyOptional({ nullable: true, format: 'date-time', ...(description ? { description } : {}) }),
    IsOptional(),
    ValidateIf((_: unknown, value: unknown) => value !== null),
    IsDateTime(),
  );
}

/** A calendar date YYYY-MM-DD that exists (`isCalendarDate`). Error code `isCalendarDate`. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isCalendarDate', validator: { validate: isCalendarDate, defaultMessage: () => DATE_MESSAGE } }, options);
}

/** An optional, nullable calendar date. */
export function OptionalDate(options: { description?: string; example?: string } = {}) {
  return applyDecorators(
    ApiPropertyOptional({ nullable: true, format: 'date', ...options }),
    IsOptional(),
    ValidateIf((_: unknown, value: unknown) => value !== null),
    IsCalendarDate(),
  );
}
