import { join } from 'node:path';
import {
  ContractComparison,
  readContractTypes,
  responseSchemaNames,
  type ContractTypes,
  type OpenApiDocument,
} from './support/contract-types';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The contract libraries (the types the web uses) say the same as the OpenAPI document the API serves:
 *  1. every response schema is compared with the contract type its class implements (or extends), and
 *     nested schemas with the types of the properties that hold them: names, optional or required,
 *     nullable or not, and the kind of each value;
 *  2. every answer's schema has a contract type, and every contract `…Response` type has a schema;
 *  3. the comparison catches a drift (negative cases on a copy of the document).
 * openapi.int-spec.ts checks the other half: that real answers match the document.
 */
const ROOT = join(__dirname, '../../..');

/** Answers whose schema is written in the operation (no response class): the contract type of each. */
const BY_OPERATION: Record<string, string> = {
  'GET /api/conferences/{id}/programme/signups': 'SignupCountsResponse',
};

/**
 * Drift the API has to close, each with the reason: the check fails while any other problem exists,
 * and also once a listed one is gone (so the entry is removed with the fix).
 */
const KNOWN_DRIFT: Record<string, string> = {};

describe('contract types and the OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let types: ContractTypes;

  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.http.get('/api/docs-json').expect(200)).body as OpenApiDocument;
    types = readContractTypes(ROOT);
  }, 120_000);
  afterAll(() => t?.close());

  function compareAll(document: OpenApiDocument): ContractComparison {
    const comparison = new ContractComparison(types, document);
    for (const [name, type] of types.bySchema) if (document.components.schemas[name]) comparison.component(type, name);
    for (const [route, name] of Object.entries(BY_OPERATION)) {
      const type = types.exported.get(name);
      if (!type) throw new Error(`${name} is not exported by a contract library`);
      comparison.answer(type, route);
    }
    return comparison;
  }

  const answered = () =>
    new Set([...types.bySchema.values()].map((type) => types.checker.typeToString(type)).concat(Object.values(BY_OPERATION)));

  it('finds the response classes and the contract types', () => {
    expect(types.bySchema.size).toBeGreaterThan(50);
    expect(types.checker.typeToString(types.bySchema.get('AgendaCandidate') as never)).toBe('AgendaCandidate');
    expect(types.checker.typeToString(types.bySchema.get('UserPage') as never)).toBe('Page<UserResponse>');
  });

  it('every response schema has the properties, optionality, nullability and kinds of its contract type', () => {
    const { problems } = compareAll(doc);
    expect(problems.filter((problem) => !KNOWN_DRIFT[problem])).toEqual([]);
    expect(Object.keys(KNOWN_DRIFT).filter((problem) => !problems.includes(problem))).toEqual([]);
  });

  it('every answer has a contract type, and every contract response type an answer', () => {
    const comparison = compareAll(doc);
    expect([...responseSchemaNames(doc)].filter((name) => !comparison.compared.has(name))).toEqual([]);
    const documented = answered();
    const unanswered = [...types.exported.keys()].filter((name) => name.endsWith('Response') && !documented.has(name));
    expect(unanswered).toEqual([]);
  });

  it('reports a drift: a property gone, made optional, made nullable, retyped, or added', () => {
    const drifted = structuredClone(doc);
    const candidate = drifted.components.schemas['AgendaCandidate'] as {
      properties: Record<string, Record<string, unknown>>;
      required: string[];
    };
    delete candidate.properties['format'];
    candidate.required = candidate.required.filter((name) => name !== 'title');
    candidate.properties['summary']['nullable'] = true;
    candidate.properties['durationMinutes']['type'] = 'string';
    candidate.properties['extra'] = { type: 'string' };
    const room = drifted.components.schemas['RoomResponse'] as { properties: Record<string, Record<string, unknown>> };
    delete room.properties['accessibilityNotes']['nullable'];
    expect(
      compareAll(drifted)
        .problems.filter((problem) => !KNOWN_DRIFT[problem])
        .sort(),
    ).toEqual(
      [
        'AgendaCandidate.title: required in the contract, optional in the document',
        'AgendaCandidate.summary: the document says nullable, the contract does not allow null',
        'AgendaCandidate.format: in the contract, not in the document',
        'AgendaCandidate.durationMinutes: the contract says number, the document string',
        'AgendaCandidate.extra: in the document, not in the contract',
        'RoomResponse.accessibilityNotes: the contract allows null, the document does not (nullable: true missing)',
      ].sort(),
    );
  });
});
