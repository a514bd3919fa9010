import fc from 'fast-check';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, dataTables, DEMO, type TestApp } from './support/test-app';

/**
 * Property-based fuzzing of every write route in the OpenAPI document: malformed bodies built from
 * each route's request schema (wrong types, huge strings, unknown fields, bad dates, SQL and HTML,
 * invalid UTF-8, broken JSON), odd path parameters and headers. Whatever comes in: never a 5xx, and a
 * rejected request leaves the row count of every table as it was.
 */

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  $ref?: string;
  allOf?: Schema[];
}
interface Operation {
  method: 'post' | 'patch' | 'put' | 'delete';
  path: string;
  schema: Schema | null;
}

/** Tables a rejected request may still write to, by design: failed logins are recorded (throttling). */
const MAY_CHANGE_ON_REJECTION = new Set(['login_attempts']);
const RUNS_PER_ROUTE = Number(process.env['FUZZ_RUNS'] ?? 25);

const nasty = [
  "'; DROP TABLE registrations; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '\u0000',
  '\uD800',
  '𝕊𝕒𝕞𝕧𝕖𝕣𝕜𝕒𝕟 🎉',
  '../../etc/passwd',
  '%00%27',
  '',
  ' ',
];
const badDates = ['2026-13-45T25:61:00Z', 'yesterday', '0000-00-00', '2026-02-30', '1e308', '-271821-04-20T00:00:00Z', '2026-06-01'];

const anyJunk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...nasty),
  fc.constantFrom(...badDates),
  fc.string({ maxLength: 50 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, -0),
  fc.boolean(),
  fc.constant(null),
  fc.constant('x'.repeat(100_000)),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constant({ $ne: null }),
  fc.constant(['00000000-0000-4000-8000-000000000000']),
);

/** A value of the wrong kind for the schema, or a right-kind value that is out of bounds. */
function wrongFor(schema: Schema): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case 'string':
      return schema.format === 'date-time'
        ? fc.oneof(fc.constantFrom(...badDates), fc.integer(), anyJunk)
        : fc.oneof(fc.integer(), fc.constant({}), fc.constant(['a']), fc.constant('x'.repeat(100_000)), fc.constantFrom(...nasty), anyJunk);
    case 'integer':
    case 'number':
      return fc.oneof(fc.constantFrom('12', 'NaN', '1e9', ''), fc.constantFrom(-1, 1.5, 1e12, -1e12), fc.constant(null), anyJunk);
    case 'boolean':
      return fc.oneof(fc.constantFrom('true', 'yes', 1, 0), anyJunk);
    case 'array':
      return fc.oneof(fc.constant('not-a-list'), fc.array(anyJunk, { maxLength: 3 }), fc.constant(Array.from({ length: 5000 }, () => 'a')));
    default:
      return anyJunk;
  }
}

/**
 * A value of the right type and within the schema's bounds, but unkind: SQL and HTML in text, odd
 * Unicode, edge numbers, dates far off. These pass validation and reach the handlers and the database.
 */
function rightFor(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string': {
      if (schema.format === 'date-time')
        return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
      if (schema.format === 'uuid') return fc.oneof(fc.uuid(), fc.constant('00000000-0000-4000-8000-000000000000'));
      if (schema.format === 'email') return fc.constantFrom("o'brien@kommun.se", 'a+b@x.se', 'ÅSA@FINSPÅNG.SE');
      const min = schema.minLength ?? 0;
      const max = Math.min(schema.maxLength ?? 500, 500);
      const texts = [...nasty, 'Åsa Öberg', 'Norrköping; "citat", \\ bakstreck'].filter((x) => x.length >= min && x.length <= max);
      return fc.oneof(
        fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max, 40)) }),
        ...(texts.length ? [fc.constantFrom(...texts)] : []),
        fc.constant('ö'.repeat(max)),
      );
    }
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -10, max: Math.min(schema.maximum ?? 100_000, 2_147_483_647) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 2 ? fc.constant([]) : fc.array(rightFor(schema.items ?? {}, depth + 1), { maxLength: 3 });
    case 'object':
      return depth > 2 || !schema.properties
        ? fc.constant({})
        : fc.record(Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, rightFor(v, depth + 1)])), {
            requiredKeys: [],
          });
    default:
      return anyJunk;
  }
}

function bodyFor(schema: Schema | null): fc.Arbitrary<{ body: unknown; raw?: Buffer }> {
  const properties = Object.entries(schema?.properties ?? {});
  const rightFields = properties.length
    ? fc.record(Object.fromEntries(properties.map(([name, s]) => [name, rightFor(s)])))
    : fc.constant({});
  const wrongFields = properties.length
    ? fc.record(Object.fromEntries(properties.map(([name, s]) => [name, wrongFor(s)])), { requiredKeys: [] })
    : fc.constant({});
  return fc.oneof(
    // Every field well typed but unkind (reaches the handler), sometimes with one field wrong.
    { weight: 3, arbitrary: rightFields.map((body) => ({ body })) },
    fc.tuple(rightFields, properties.length ? fc.constantFrom(...properties) : fc.constant(null), anyJunk).map(([fields, prop, junk]) => ({
      body: prop ? { ...fields, [prop[0]]: junk } : fields,
    })),
    // Wrong types in some of the schema's fields, maybe plus an unknown field.
    fc
      .tuple(wrongFields, fc.option(fc.dictionary(fc.constantFrom('isAdmin', 'roles', 'status', '__proto__x', 'id', 'createdAt'), anyJunk)))
      .map(([fields, extra]) => ({ body: { ...fields, ...(extra ?? {}) } })),
    // Not an object at all.
    anyJunk.map((body) => ({ body: JSON.stringify(body) === undefined ? null : body })),
    // Broken JSON and invalid UTF-8.
    fc.constantFrom(
      { body: null, raw: Buffer.from('{"title": "unterminated') },
      { body: null, raw: Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]) },
      { body: null, raw: Buffer.from('[' + '['.repeat(5000)) },
      { body: null, raw: Buffer.from('{"a":1,"a":2}') },
    ),
  );
}

describe('fuzzed input on every write route', () => {
  let t: TestApp;
  let admin: string;
  let operations: Operation[];
  let countSql: string;
  const ids: Record<string, string> = {};

  const counts = async (): Promise<Record<string, number>> =>
    Object.fromEntries(((await t.dataSource.query(countSql)) as { t: string; n: number }[]).map((r) => [r.t, r.n]));

  beforeAll(async () => {
    // Rate limits stay on (they answer 429, which is fine), but high enough not to hide the routes.
    t = await createTestApp({ RATE_LIMIT_PER_SUBJECT: '10000', RATE_LIMIT_PER_ADDRESS: '1000000' });
    admin = await t.login(DEMO.admin);
    const committee = await t.login(DEMO.committee);
    const conference = await createConference(t, committee);
    const registration = (await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('fuzz')).expect(201))
      .body;
    Object.assign(ids, { conference: conference.id, token: registration.manageToken, registration: registration.id });

    const doc = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
      components: { schemas: Record<string, Schema> };
    };
    const resolve = (schema: Schema | undefined): Schema | null => {
      if (!schema) return null;
      if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').at(-1) as string]);
      if (schema.allOf) return { type: 'object', properties: Object.assign({}, ...schema.allOf.map((s) => resolve(s)?.properties ?? {})) };
      const properties = schema.properties && Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, resolve(v) ?? v]));
      const items = schema.items && (resolve(schema.items) ?? schema.items);
      return { ...schema, ...(properties ? { properties } : {}), ...(items ? { items } : {}) };
    };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method]) => ['post', 'patch', 'put', 'delete'].includes(method))
        // Signing out would end the session the fuzzer uses; its own tests cover it.
        .filter(([method]) => !(method === 'post' && path === '/api/auth/logout'))
        .map(([method, op]) => ({
          method: method as Operation['method'],
          path,
          schema: resolve(op.requestBody?.content?.['application/json']?.schema),
        })),
    );
    const tables = await dataTables(t.dataSource);
    countSql = tables.map((tablename) => `SELECT '${tablename}' AS t, count(*)::int AS n FROM "${tablename}"`).join(' UNION ALL ');
  });
  afterAll(() => t?.close());

  it('finds the write routes in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(40);
    expect(operations.filter((o) => o.schema?.properties).length).toBeGreaterThanOrEqual(25);
  });

  const param = fc.oneof(
    fc.constant('real'),
    fc.constant('00000000-0000-4000-8000-000000000000'),
    fc.constantFrom("1' OR '1'='1", '%27%3B', '..%2F..%2Fetc', 'x'.repeat(3000), '-1', 'null', '😀'),
  );
  const oddHeaders = fc.record(
    {
      contentType: fc.constantFrom(
        'application/json',
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/json; charset=latin1',
        'multipart/form-data',
      ),
      authorization: fc.constantFrom('admin', 'none', 'Bearer x.y.z', 'Basic YWRtaW46YWRtaW4=', 'Bearer ' + 'a'.repeat(5000)),
    },
    { requiredKeys: [] },
  );
  // Mostly a signed-in administrator sending JSON (so bodies reach validation and handlers), sometimes odd headers.
  const header = fc.oneof(
    { weight: 3, arbitrary: fc.constant({} as { contentType?: string; authorization?: string }) },
    { weight: 2, arbitrary: oddHeaders },
  );

  it('never answers 5xx, and a rejected request changes no table', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const op of operations) {
      await fc
        .assert(
          fc.asyncProperty(bodyFor(op.schema), param, header, async (input, paramChoice, headers) => {
            const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
              if (paramChoice !== 'real') return encodeURIComponent(paramChoice);
              if (name === 'token') return ids['token'];
              if (name === 'registrationId') return ids['registration'];
              return ids['conference'];
            });
            const before = await counts();
            let req = t.http[op.method](path);
            const auth = headers.authorization ?? 'admin';
            if (auth === 'admin') req = req.set('Authorization', admin);
            else if (auth !== 'none') req = req.set('Authorization', auth);
            req = req.set('Content-Type', headers.contentType ?? 'application/json');
            const payload = input.raw ?? (typeof input.body === 'string' ? JSON.stringify(input.body) : JSON.stringify(input.body));
            const res = await req.send(payload);
            sent++;
            if (res.status >= 500) {
              failures.push(`${op.method.toUpperCase()} ${path.slice(0, 120)} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
              return false;
            }
            if (res.status >= 400) {
              const after = await counts();
              const changed = Object.keys(after).filter((table) => after[table] !== before[table] && !MAY_CHANGE_ON_REJECTION.has(table));
              if (changed.length) {
                failures.push(`${op.method.toUpperCase()} ${path.slice(0, 120)} → ${res.status} but changed ${changed.join(', ')}`);
                return false;
              }
            }
            // The fuzzer's own session must survive (a 2xx could, in principle, change the admin).
            if (res.status === 401 && auth === 'admin') admin = await t.login(DEMO.admin);
            return true;
          }),
          { numRuns: RUNS_PER_ROUTE, seed: Number(process.env['FUZZ_SEED'] ?? 20261127), endOnFailure: true },
        )
        .catch(() => undefined);
    }
    expect(failures).toEqual([]);
    // Every case of every route was sent (an early end of a property would otherwise pass unnoticed).
    expect(sent).toBe(operations.length * RUNS_PER_ROUTE);
  }, 600_000);
});
