import { ROUTE_ARGS_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage, validateSync } from 'class-validator';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Rules every DTO of the API keeps, checked on the classes themselves so a new field or a new DTO
 * cannot forget them (issue 12):
 * - every text property carries `@SingleLine()` or `@MultiLine()` (shared/api-validation), and they work;
 * - in request bodies, null is accepted exactly where the OpenAPI document says `nullable`.
 * The DTOs are found from the routes: every `@Body()` and `@Query()` parameter, and the classes
 * nested in them with `@Type()`.
 */

type Dto = new () => object;
// class-transformer keeps the @Type() metadata here; the package exports no typed entry for it.
const { defaultMetadataStorage } = jest.requireActual<{ defaultMetadataStorage: MetadataStorage }>('class-transformer/cjs/storage');
/** Constraints that make a property free text (uuid, enum and date-time rules do not). */
const TEXT_CONSTRAINTS = new Set(['isString', 'isEmail', 'isUrl', 'minLength', 'maxLength', 'matches', 'isNotEmpty', 'contains']);

function errorCodes(cls: Dto, plain: object, property: string): string[] {
  const error = validateSync(plainToInstance(cls, plain)).find((e) => e.property === property);
  return Object.keys(error?.constraints ?? {});
}

describe('security: rules every DTO keeps', () => {
  let t: TestApp;
  const dtos = new Map<Dto, 'body' | 'query'>();
  const where = new Map<Dto, string>();

  beforeAll(async () => {
    t = await createTestApp();
    const discovery = t.app.get(DiscoveryService);
    const scanner = t.app.get(MetadataScanner);
    const add = (cls: Dto, kind: 'body' | 'query', route: string) => {
      if (dtos.has(cls)) return;
      dtos.set(cls, kind);
      where.set(cls, route);
      for (const { propertyName } of getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false)) {
        const nested = defaultMetadataStorage.findTypeMetadata(cls, propertyName)?.typeFunction() as Dto | undefined;
        if (nested) add(nested, kind, `${route} › ${cls.name}.${propertyName}`);
      }
    };
    for (const wrapper of discovery.getControllers()) {
      const controller = wrapper.metatype as Dto | null;
      if (!controller || !wrapper.instance) continue;
      const prototype = Object.getPrototypeOf(wrapper.instance);
      for (const name of scanner.getAllMethodNames(prototype)) {
        if (Reflect.getMetadata(PATH_METADATA, prototype[name]) === undefined) continue;
        const types: unknown[] = Reflect.getMetadata('design:paramtypes', prototype, name) ?? [];
        const args: Record<string, { index: number; data?: unknown }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {};
        for (const [key, arg] of Object.entries(args)) {
          const kind = Number(key.split(':')[0]);
          const type = types[arg.index];
          if ((kind !== RouteParamtypes.BODY && kind !== RouteParamtypes.QUERY) || arg.data !== undefined) continue;
          if (typeof type !== 'function' || [Object, String, Number, Boolean, Array].includes(type as never)) continue;
          add(type as Dto, kind === RouteParamtypes.BODY ? 'body' : 'query', `${controller.name}.${name}`);
        }
      }
    }
  });
  afterAll(() => t?.close());

  const properties = (cls: Dto): Map<string, Set<string>> => {
    const byProperty = new Map<string, Set<string>>();
    for (const m of getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false)) {
      const names = byProperty.get(m.propertyName) ?? new Set<string>();
      if (m.name) names.add(m.name);
      byProperty.set(m.propertyName, names);
    }
    return byProperty;
  };

  it('finds the DTOs of the routes', () => {
    const names = [...dtos.keys()].map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'CreateConferenceDto',
        'UpdateConferenceDto',
        'CreateRegistrationDto',
        'SpeakerDto',
        'NewActionItemDto',
        'AttendeeQueryDto',
      ]),
    );
    expect(dtos.size).toBeGreaterThanOrEqual(35);
  });

  it('every text property is one-line or multi-line, and the rule refuses what it should', () => {
    const failures: string[] = [];
    let texts = 0;
    for (const cls of dtos.keys()) {
      for (const [property, names] of properties(cls)) {
        if (![...names].some((n) => TEXT_CONSTRAINTS.has(n))) continue;
        texts++;
        const id = `${cls.name}.${property} (${where.get(cls)})`;
        const multi = names.has('multiLine');
        if (!multi && !names.has('singleLine')) {
          failures.push(`${id}: has neither @SingleLine() nor @MultiLine()`);
          continue;
        }
        const rule = multi ? 'multiLine' : 'singleLine';
        for (const bad of [
          'Ett\u0000noll',
          'Ett\u202Eomvänt',
          'Ett\u2028skift',
          ...(multi ? [] : ['Ett\nLF', 'Ett\r\nCRLF', 'Ett\ttabb']),
        ]) {
          if (!errorCodes(cls, { [property]: bad }, property).includes(rule)) failures.push(`${id}: accepts ${JSON.stringify(bad)}`);
        }
        if (multi && errorCodes(cls, { [property]: 'Rad ett\r\nRad två\n\tslut' }, property).includes(rule))
          failures.push(`${id}: refuses line breaks`);
      }
    }
    expect(failures).toEqual([]);
    expect(texts).toBeGreaterThanOrEqual(40);
  });

  it('in request bodies, null is refused unless the OpenAPI document calls the property nullable, and accepted where it does', () => {
    const failures: string[] = [];
    for (const [cls, kind] of dtos) {
      if (kind !== 'body') continue;
      const documented: string[] = (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, cls.prototype) ?? []).map((p: string) =>
        p.slice(1),
      );
      const validated = [...properties(cls).keys()];
      for (const property of new Set([...documented, ...validated])) {
        const id = `${cls.name}.${property} (${where.get(cls)})`;
        if (!documented.includes(property)) failures.push(`${id}: validated but not in the OpenAPI document`);
        if (!validated.includes(property))
          failures.push(`${id}: in the OpenAPI document but has no validation (the pipe refuses it as unknown)`);
        const nullable = Boolean(Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, cls.prototype, property)?.nullable);
        const refused = errorCodes(cls, { [property]: null }, property).length > 0;
        if (nullable && refused) failures.push(`${id}: documented nullable, but null is refused`);
        if (!nullable && !refused) failures.push(`${id}: null is accepted, but the document does not say nullable`);
      }
    }
    expect(failures).toEqual([]);
  });
});
