import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import type * as C from '@samverkan/shared/contract';

/**
 * Response schemas of the OpenAPI document. The answers are typed by the contract interfaces (shared with
 * the web app, types only); each domain's `dto/*.responses.ts` has a class per interface that `implements`
 * it, so the compiler keeps the two in step, and these decorators describe it. Every property says its type
 * explicitly: the Swagger CLI plugin only runs in the webpack build (and not on `*.responses.ts` files), so
 * the document is the same in the build and in the integration tests (apps/api/test/openapi.int-spec.ts).
 * Each domain's classes live beside its DTOs; these helpers are shared by all of them.
 */
export interface PropOptions {
  /** May be null (`T | null`). */
  nullable?: boolean;
  /** May be absent (`prop?: T`). */
  optional?: boolean;
  description?: string;
  example?: unknown;
}

/**
 * `@nestjs/swagger` takes `type` for a lazy type only if the function is named `type` (as an arrow
 * written as `{ type: () => X }` is), hence `{ type: () => lazy() }` below rather than `{ type: lazy }`.
 */
function prop(schema: Record<string, unknown>, options: PropOptions = {}): PropertyDecorator {
  const { optional, ...rest } = options;
  const merged = { ...schema, ...rest } as ApiPropertyOptions;
  return optional ? ApiPropertyOptional(merged) : ApiProperty(merged);
}

/** Property decorators for response classes: `@Prop.uuid()`, `@Prop.string({ nullable: true })`, … */
export const Prop = {
  string: (options?: PropOptions) => prop({ type: String }, options),
  uuid: (options?: PropOptions) => prop({ type: String, format: 'uuid' }, options),
  /** ISO 8601 date and time with an offset (the API writes Stockholm time). */
  dateTime: (options?: PropOptions) => prop({ type: String, format: 'date-time' }, options),
  /** A calendar date, YYYY-MM-DD. */
  date: (options?: PropOptions) => prop({ type: String, format: 'date' }, options),
  uri: (options?: PropOptions) => prop({ type: String, format: 'uri' }, options),
  int: (options?: PropOptions) => prop({ type: 'integer' }, options),
  number: (options?: PropOptions) => prop({ type: Number }, options),
  boolean: (options?: PropOptions) => prop({ type: Boolean }, options),
  enum: (values: readonly (string | number)[], options?: PropOptions) => prop({ type: String, enum: [...values] }, options),
  /** A nested object: a response class, given lazily so classes may be declared in any order. */
  object: (lazy: () => Type<unknown>, options?: PropOptions) => prop({ type: () => lazy() }, options),
  /** An array of response classes. */
  array: (lazy: () => Type<unknown>, options?: PropOptions) => prop({ type: () => lazy(), isArray: true }, options),
  strings: (options?: PropOptions) => prop({ type: String, isArray: true }, options),
  uuids: (options?: PropOptions) => prop({ type: String, format: 'uuid', isArray: true }, options),
  enums: (values: readonly string[], options?: PropOptions) => prop({ type: String, enum: [...values], isArray: true }, options),
  ints: (options?: PropOptions) => prop({ type: 'integer', isArray: true }, options),
  /** A map from string keys to values of one schema (`Record<string, T>`). */
  map: (values: Record<string, unknown>, options?: PropOptions) => prop({ type: 'object', additionalProperties: values }, options),
};

/** Every error answer: `{ statusCode, code, message, params?, errors? }`, sometimes with context (e.g. `current` with a 409). */
export class ApiErrorBody implements C.ApiErrorBody {
  [context: string]: unknown;

  @Prop.int({ example: 404 })
  statusCode!: number;

  @Prop.string({ description: 'Stable, `<domain>.<reason>`: clients translate by it.', example: 'registration.not-found' })
  code!: string;

  @Prop.string({ description: "Readable, in the caller's language (the lang cookie or Accept-Language; Swedish by default).", example: 'Anmälan finns inte.' })
  message!: string;

  @Prop.map(
    { oneOf: [{ type: 'string' }, { type: 'number' }] },
    { optional: true, description: 'The values in the text of the code (a name ending in At is a time).', example: { at: '2027-04-01T09:00:00+02:00' } },
  )
  params?: Record<string, string | number>;

  @Prop.map(
    { type: 'string' },
    { optional: true, description: 'Field → machine code, where a field is at fault.', example: { email: 'taken' } },
  )
  errors?: Record<string, string>;
}

/** A page of a list: `{ items, total }`. Declare `class XPage extends PageOf(X) {}` so the schema gets a name. */
export function PageOf<T>(item: Type<T>): Type<C.Page<T>> {
  class Page implements C.Page<T> {
    @Prop.array(() => item)
    items!: T[];

    @Prop.int({ description: 'All matches, not only this page.' })
    total!: number;
  }
  return Page;
}

/** An object with an id and a title and description in Swedish and English (conferences, themes, programme items, …). */
export abstract class TitledResponse {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  titleSv!: string;

  @Prop.string({ nullable: true })
  titleEn!: string | null;

  @Prop.string({ nullable: true })
  descriptionSv!: string | null;

  @Prop.string({ nullable: true })
  descriptionEn!: string | null;
}
