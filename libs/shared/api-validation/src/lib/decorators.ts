import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

/** Trims strings; leaves other values for the validators to refuse. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Trims and lower-cases (e-mail addresses). */
export const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
/** Trims; an empty string means "no value" (null). */
export const nullableText = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
/** Query-string numbers: "" and absent are undefined, anything else goes to Number (NaN fails IsInt). */
export const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

const ISO = { strict: true, strictSeparator: true };
export const DATE_TIME_MESSAGE = 'Ange tid som ISO 8601 med tidszon, t.ex. 2026-04-14T09:30:00+02:00.';

/** An optional, nullable free-text field: trimmed, empty becomes null, at most `maxLength` characters. */
export function OptionalText(maxLength: number, description?: string) {
  return applyDecorators(
    ApiPropertyOptional({ nullable: true, maxLength, ...(description ? { description } : {}) }),
    IsOptional(),
    Transform(nullableText),
    ValidateIf((_: unknown, value: unknown) => value !== null),
    IsString(),
    MaxLength(maxLength),
  );
}

/** A date-time in ISO 8601 with an offset (required; pair with @ApiProperty). */
export function IsDateTime() {
  return IsISO8601(ISO, { message: DATE_TIME_MESSAGE });
}

/** An optional, nullable date-time in ISO 8601 with an offset. */
export function OptionalDateTime(description?: string) {
  return applyDecorators(
    ApiPropertyOptional({ nullable: true, format: 'date-time', ...(description ? { description } : {}) }),
    IsOptional(),
    ValidateIf((_: unknown, value: unknown) => value !== null),
    IsISO8601(ISO, { message: DATE_TIME_MESSAGE }),
  );
}
