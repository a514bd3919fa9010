import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { DEMO_PASSWORD } from '../src/database/seeds';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * The OpenAPI document (/api/docs-json) tells the truth about the answers:
 *  1. every operation documents its success answer, and every JSON answer has a real schema (a named
 *     component, or an object or list of them — not a bare `{ type: 'object' }`);
 *  2. real answers of reads and writes, made as the right role on fixtures made here, validate against
 *     the schema of their operation and status, strictly: types, formats, required properties, and no
 *     property the document does not name;
 *  3. the check is strict enough to fail on a broken body (a negative case).
 */
type Json = Record<string, unknown>;
interface Operation {
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Json }> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const JSON_TYPE = 'application/json';
const NONE = '00000000-0000-4000-8000-000000000000';

/** GET operations answered with JSON that this file does not call, with the reason. */
const NOT_CALLED: Record<string, string> = {};

/**
 * OpenAPI 3.0 schema → JSON Schema for ajv: `nullable` becomes a `null` type (or `anyOf` with null
 * around an `allOf`/`$ref`), examples go, `$ref`s point into the document registered under `root`, and
 * (strict) objects that list their properties allow no others.
 */
function toJsonSchema(node: unknown, root: string, strict: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, root, strict));
  if (!node || typeof node !== 'object') return node;
  const source = node as Json;
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'nullable' || key === 'example' || key === 'examples' || key === 'description') continue;
    if (key === '$ref' && typeof value === 'string') out[key] = value.replace(/^#\/components\/schemas\//, `${root}#/components/schemas/`);
    else if (key === 'properties')
      out[key] = Object.fromEntries(Object.entries(value as Json).map(([name, schema]) => [name, toJsonSchema(schema, root, strict)]));
    else if (key === 'enum' || key === 'required') out[key] = value;
    else out[key] = toJsonSchema(value, root, strict);
  }
  if (strict && out['properties'] && out['additionalProperties'] === undefined) out['additionalProperties'] = false;
  if (source['nullable'] === true) {
    // OpenAPI 3.0 tools (and @nestjs/swagger) mean `nullable` beside `allOf: [$ref]` as "or null".
    if (typeof out['type'] !== 'string' || out['allOf'] || out['oneOf'] || out['anyOf']) return { anyOf: [out, { type: 'null' }] };
    out['type'] = [out['type'], 'null'];
    if (Array.isArray(out['enum'])) out['enum'] = [...out['enum'], null];
  }
  return out;
}

/** A schema that says something: a `$ref`, composition, properties, a map, or a list of such. */
function describes(schema: Json | undefined): boolean {
  if (!schema) return false;
  if (schema['$ref'] || schema['allOf'] || schema['oneOf'] || schema['anyOf']) return true;
  if (schema['type'] === 'array') return describes(schema['items'] as Json | undefined);
  if (schema['type'] === 'object')
    return !!schema['properties'] || (!!schema['additionalProperties'] && schema['additionalProperties'] !== true);
  return typeof schema['type'] === 'string';
}

function operations(doc: OpenApiDocument): Array<{ route: string; op: Operation }> {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })),
  );
}

/** The component schemas reachable from the answers (request bodies aside). */
function responseSchemaNames(doc: OpenApiDocument): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    const text = JSON.stringify(node) ?? '';
    for (const [, name] of text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) {
      if (names.has(name) || !doc.components.schemas[name]) continue;
      names.add(name);
      visit(doc.components.schemas[name]);
    }
  };
  for (const { op } of operations(doc)) visit(op.responses);
  return names;
}

const returnsJson = (op: Operation) =>
  Object.entries(op.responses).some(([status, r]) => status.startsWith('2') && !!r.content?.[JSON_TYPE]);

function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
}

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const compiled = new Map<string, ValidateFunction>();
  const validated = new Set<string>();

  /** The validator of an operation's answer with this status; throws if the status is not documented. */
  function validatorFor(route: string, status: number, strict = status < 400): ValidateFunction {
    const key = `${route} ${status} ${strict}`;
    const cached = compiled.get(key);
    if (cached) return cached;
    const [method, path] = route.split(' ');
    const op = doc.paths[path]?.[method.toLowerCase()];
    if (!op) throw new Error(`${route} is not in the document`);
    const response = op.responses[String(status)];
    if (!response) throw new Error(`${route} answered ${status}, which the document does not list`);
    const schema = response.content?.[JSON_TYPE]?.schema;
    if (!schema) throw new Error(`${route} ${status}: no JSON schema in the document`);
    const validate = ajv.compile(toJsonSchema(schema, strict ? 'strict' : 'loose', strict) as Json);
    compiled.set(key, validate);
    return validate;
  }

  /** Calls a route and validates the answer against the document; returns the body. */
  async function call<T = Json>(route: string, path: string, options: { as?: string; body?: object; status?: number } = {}): Promise<T> {
    const [method] = route.split(' ');
    let req = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
    if (options.as) req = req.set('Authorization', options.as);
    const res = await (options.body === undefined ? req : req.send(options.body));
    const expected = options.status ?? (res.status < 300 ? res.status : 200);
    if (res.status !== expected) throw new Error(`${route} (${path}): ${res.status} ${JSON.stringify(res.body)}`);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const validate = validatorFor(route, res.status);
    validate(res.body);
    expect({ route, status: res.status, errors: formatErrors(validate.errors) }).toEqual({ route, status: res.status, errors: [] });
    if (res.status < 300) validated.add(route);
    return res.body as T;
  }

  let admin: string;
  let committee: string;
  let council: string;
  /** Fixtures made along the way: ids and bearer headers. */
  const f: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.http.get('/api/docs-json').expect(200)).body as OpenApiDocument;
    ajv.addSchema({ $id: 'strict', components: { schemas: toJsonSchema(doc.components.schemas, 'strict', true) } });
    ajv.addSchema({ $id: 'loose', components: { schemas: toJsonSchema(doc.components.schemas, 'loose', false) } });
    admin = await t.login(DEMO.admin);
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
  });
  afterAll(() => t?.close());

  describe('completeness', () => {
    it('documents a success answer for every operation, with a schema for every body', () => {
      const problems: string[] = [];
      for (const { route, op } of operations(doc)) {
        const success = Object.entries(op.responses).filter(([status]) => /^[23]/.test(status));
        if (!success.length) problems.push(`${route}: no 2xx/3xx answer documented`);
        for (const [status, response] of success) {
          if (status === '204' || status.startsWith('3')) {
            if (response.content) problems.push(`${route} ${status}: has a body`);
            continue;
          }
          const content = Object.entries(response.content ?? {});
          if (!content.length) problems.push(`${route} ${status}: no content (and not 204)`);
          for (const [type, media] of content) {
            if (!media.schema) problems.push(`${route} ${status} ${type}: no schema`);
            else if (type === JSON_TYPE && !describes(media.schema))
              problems.push(`${route} ${status}: ${JSON.stringify(media.schema)} says nothing`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('points every $ref at a schema of the document', () => {
      const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]*)"/g)].map((m) => m[1]);
      expect(refs.length).toBeGreaterThan(0);
      expect([...new Set(refs)].filter((ref) => !doc.components.schemas[ref.replace('#/components/schemas/', '')])).toEqual([]);
    });

    it('gives every property of every response schema a type', () => {
      const problems: string[] = [];
      for (const name of responseSchemaNames(doc)) {
        for (const [property, sub] of Object.entries((doc.components.schemas[name]['properties'] ?? {}) as Record<string, Json>)) {
          const items = sub['type'] === 'array' ? (sub['items'] as Json | undefined) : sub;
          if (!describes(items)) problems.push(`${name}.${property}: ${JSON.stringify(sub)}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  describe('answers match the document', () => {
    it('identity: sign-in, users and organisations', async () => {
      await call('GET /api/health', '/api/health');
      await call('POST /api/auth/login', '/api/auth/login', { body: { email: DEMO.council, password: 'x'.repeat(12) }, status: 401 });
      await call('POST /api/auth/login', '/api/auth/login', { body: { email: DEMO.admin, password: DEMO_PASSWORD } });
      f['council'] = (await call<{ id: string }>('GET /api/auth/me', '/api/auth/me', { as: council })).id;
      f['committeeId'] = (await call<{ id: string }>('GET /api/auth/me', '/api/auth/me', { as: committee })).id;
      await call('POST /api/auth/password-reset', '/api/auth/password-reset', { body: { email: 'nobody@example.se' } });
      const organisation = await call<{ id: string }>('POST /api/organisations', '/api/organisations', {
        as: admin,
        body: { name: 'Openapi kommun', type: 'municipality', member: true },
      });
      await call('PATCH /api/organisations/{id}', `/api/organisations/${organisation.id}`, { as: admin, body: { member: false } });
      await call('GET /api/organisations', '/api/organisations', { as: committee });
      const user = await call<{ id: string }>('POST /api/users', '/api/users', {
        as: admin,
        body: {
          email: 'reviewer.openapi@example.se',
          name: 'Rut Granskare',
          roles: ['programme-council'],
          password: 'ett-långt-lösenord-1',
          organisationId: organisation.id,
        },
      });
      await call('PATCH /api/users/{id}', `/api/users/${user.id}`, { as: admin, body: { name: 'Rut Granskaren' } });
      await call('GET /api/users/{id}', `/api/users/${user.id}`, { as: admin });
      await call('GET /api/users', '/api/users', { as: admin });
      f['reviewer'] = await t.login('reviewer.openapi@example.se', 'ett-långt-lösenord-1');
      await call('GET /api/focus-areas', '/api/focus-areas');
    });

    it('conferences and the agenda', async () => {
      const start = new Date(Date.now() + 40 * 86_400_000);
      const hour = (h: number) => new Date(start.getTime() + h * 3_600_000).toISOString();
      const conference = await call<{ id: string }>('POST /api/conferences', '/api/conferences', {
        as: committee,
        body: { titleSv: 'Openapi-konferensen', startsAt: hour(0), endsAt: hour(30), capacity: 50, focusAreaCodes: ['infrastructure'] },
      });
      f['conference'] = conference.id;
      await call('PATCH /api/conferences/{id}', `/api/conferences/${conference.id}`, { as: committee, body: { venue: 'Folkets hus' } });
      await call('POST /api/conferences/{id}/publish', `/api/conferences/${conference.id}/publish`, { as: committee });
      const theme = await call<{ id: string }>('POST /api/conferences/{id}/themes', `/api/conferences/${conference.id}/themes`, {
        as: committee,
        body: { titleSv: 'Elnät', focusAreaCodes: ['infrastructure'] },
      });
      await call('PATCH /api/conferences/{id}/themes/{themeId}', `/api/conferences/${conference.id}/themes/${theme.id}`, {
        as: committee,
        body: { titleEn: 'Grids' },
      });
      await call('GET /api/conferences', '/api/conferences');
      await call('GET /api/conferences/{id}', `/api/conferences/${conference.id}`);
      await call('GET /api/conferences/{id}', `/api/conferences/${NONE}`, { status: 404 });
      const readable = await call<{ slug: string }>('GET /api/conferences/{id}', `/api/conferences/${conference.id}`);
      await call('GET /api/conferences/by-slug/{slug}', `/api/conferences/by-slug/${readable.slug}`);
      await call('GET /api/conferences/by-slug/{slug}', '/api/conferences/by-slug/finns-inte', { status: 404 });

      const room = await call<{ id: string }>('POST /api/conferences/{id}/rooms', `/api/conferences/${conference.id}/rooms`, {
        as: committee,
        body: { name: 'Sal A', capacity: 40 },
      });
      await call('PATCH /api/conferences/{id}/rooms/{roomId}', `/api/conferences/${conference.id}/rooms/${room.id}`, {
        as: committee,
        body: { accessibilityNotes: 'Hörslinga' },
      });
      await call('GET /api/conferences/{id}/rooms', `/api/conferences/${conference.id}/rooms`, { as: committee });
      const eva = await call<{ id: string }>('POST /api/speakers', '/api/speakers', {
        as: committee,
        body: { name: 'Eva Elnät', organisation: 'Energibolaget', email: 'eva.elnat@example.se' },
      });
      const duplicate = await call<{ id: string }>('POST /api/speakers', '/api/speakers', { as: committee, body: { name: 'Eva  Elnät' } });
      await call('GET /api/speakers', '/api/speakers?q=eln', { as: committee });
      await call('GET /api/speakers/{id}', `/api/speakers/${eva.id}`, { as: committee });
      await call('PATCH /api/speakers/{id}', `/api/speakers/${eva.id}`, { as: committee, body: { title: 'Nätchef' } });
      const item = await call<{ id: string; version: number }>(
        'POST /api/conferences/{id}/agenda/items',
        `/api/conferences/${conference.id}/agenda/items`,
        {
          as: committee,
          body: {
            titleSv: 'Workshop om elnät',
            type: 'workshop',
            startsAt: hour(1),
            endsAt: hour(2),
            roomId: room.id,
            themeId: theme.id,
            speakerIds: [eva.id, duplicate.id],
            focusAreaCodes: ['infrastructure'],
            signupRequired: true,
            signupCapacity: 20,
          },
        },
      );
      f['item'] = item.id;
      await call('POST /api/speakers/{id}/merge', `/api/speakers/${duplicate.id}/merge`, { as: committee, body: { intoId: eva.id } });
      await call(
        'POST /api/agenda-items/{itemId}/speakers/{speakerId}/invitation',
        `/api/agenda-items/${item.id}/speakers/${eva.id}/invitation`,
        {
          as: committee,
          body: {},
        },
      );
      const [mail] = await t.dataSource.query(
        `SELECT text FROM outbox_messages WHERE "to" = 'eva.elnat@example.se' ORDER BY created_at DESC LIMIT 1`,
      );
      const invitationToken = /\/talare\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? '';
      await call('GET /api/speaker-invitations/{token}', `/api/speaker-invitations/${invitationToken}`);
      await call('POST /api/speaker-invitations/{token}/answer', `/api/speaker-invitations/${invitationToken}/answer`, {
        body: { answer: 'confirmed', bioSv: 'Eva leder elnätet.' },
      });
      const edited = await call<{ version: number }>('PATCH /api/agenda-items/{itemId}', `/api/agenda-items/${item.id}`, {
        as: committee,
        body: { version: item.version, descriptionSv: 'Hur räcker elen?' },
      });
      // A stale version gets 409 with the current item.
      await call('PATCH /api/agenda-items/{itemId}', `/api/agenda-items/${item.id}`, {
        as: committee,
        body: { version: item.version, titleSv: 'Gammal' },
        status: 409,
      });
      await call('POST /api/conferences/{id}/agenda/items', `/api/conferences/${conference.id}/agenda/items`, {
        as: committee,
        body: { titleSv: 'Ej schemalagd', type: 'seminar' },
      });
      await call('GET /api/conferences/{id}/agenda', `/api/conferences/${conference.id}/agenda`, { as: committee });
      await call('POST /api/conferences/{id}/agenda/publish', `/api/conferences/${conference.id}/agenda/publish`, {
        as: committee,
        body: {},
      });
      await call('PATCH /api/agenda-items/{itemId}', `/api/agenda-items/${item.id}`, {
        as: committee,
        body: { version: edited.version, startsAt: hour(3), endsAt: hour(4) },
      });
      await call('POST /api/conferences/{id}/agenda/publish', `/api/conferences/${conference.id}/agenda/publish`, {
        as: committee,
        body: {},
      });
      await call('GET /api/conferences/{id}/programme', `/api/conferences/${conference.id}/programme`);
      await call('GET /api/conferences/{id}/programme/signups', `/api/conferences/${conference.id}/programme/signups`);
      const changes = await call<unknown[]>(
        'GET /api/conferences/{id}/programme/changes',
        `/api/conferences/${conference.id}/programme/changes`,
      );
      expect(changes.length).toBe(2);
      await call('GET /api/agenda-items/{itemId}', `/api/agenda-items/${item.id}`);
      await call('GET /api/conferences/{id}/agenda/candidates', `/api/conferences/${conference.id}/agenda/candidates`, { as: committee });
      await call('GET /api/conferences/{id}/agenda/coverage-preview', `/api/conferences/${conference.id}/agenda/coverage-preview`, {
        as: committee,
      });
    });

    it('evaluation', async () => {
      const conference = await createConference(t, committee, { capacity: 5 });
      const created = await call<{ manageToken: string }>(
        'POST /api/conferences/{id}/registrations',
        `/api/conferences/${conference.id}/registrations`,
        {
          body: registrationBody('openapi-evaluation'),
        },
      );
      const token = created.manageToken;
      const endsAt = new Date(Date.now() - 86_400_000);
      await t.http
        .patch(`/api/conferences/${conference.id}`)
        .set('Authorization', committee)
        .send({
          startsAt: new Date(endsAt.getTime() - 86_400_000).toISOString(),
          endsAt: endsAt.toISOString(),
          registrationOpensAt: null,
          registrationClosesAt: null,
        })
        .expect(200);
      await call('GET /api/registrations/{token}/evaluation', `/api/registrations/${token}/evaluation`);
      await call('PUT /api/registrations/{token}/evaluation', `/api/registrations/${token}/evaluation`, {
        body: { overall: 4, keep: 'Mötena', change: null, focusAreaCodes: ['skills'] },
      });
      await call('PUT /api/conferences/{id}/evaluation/settings', `/api/conferences/${conference.id}/evaluation/settings`, {
        as: committee,
        body: { closesAt: new Date(Date.now() + 86_400_000).toISOString() },
      });
      await call('POST /api/conferences/{id}/evaluation/invitations', `/api/conferences/${conference.id}/evaluation/invitations`, {
        as: committee,
      });
      await call('GET /api/conferences/{id}/evaluation', `/api/conferences/${conference.id}/evaluation`, { as: admin });
    });

    it('fees', async () => {
      const conference = await createConference(t, committee, { capacity: 5 });
      await call('PUT /api/conferences/{id}/fees', `/api/conferences/${conference.id}/fees`, {
        as: committee,
        body: {
          prices: [{ organisationType: 'municipality', member: false, amountOre: 120_000 }],
          lateCancellation: { invoicedAfter: new Date().toISOString(), noShowInvoiced: true },
        },
      });
      await call('GET /api/conferences/{id}/fees', `/api/conferences/${conference.id}/fees`, { as: committee });
      await call('GET /api/conferences/{id}/fees/quote', `/api/conferences/${conference.id}/fees/quote?organisationType=municipality`);
      await call('POST /api/conferences/{id}/registrations', `/api/conferences/${conference.id}/registrations`, {
        body: {
          ...registrationBody('openapi-fees'),
          invoice: { organisationNumber: '212000-0522', address: 'Box 1', reference: 'KS 1', peppolId: null },
        },
      });
    });

    it('registrations and sessions', async () => {
      const created = await call<{ id: string; manageToken: string }>(
        'POST /api/conferences/{id}/registrations',
        `/api/conferences/${f['conference']}/registrations`,
        { body: registrationBody('openapi', { title: 'Utvecklingsstrateg', healthDataConsent: true, dietaryNeeds: 'Vegetarisk' }) },
      );
      const token = created.manageToken;
      await call('GET /api/registrations/{token}', `/api/registrations/${token}`);
      await call('PATCH /api/registrations/{token}', `/api/registrations/${token}`, { body: { language: 'en', showOnAttendeeList: true } });
      await call('POST /api/registrations/{token}/sessions', `/api/registrations/${token}/sessions`, { body: { agendaItemId: f['item'] } });
      await call('GET /api/registrations/{token}/sessions', `/api/registrations/${token}/sessions`);
      await call('GET /api/registrations/{token}/attendees', `/api/registrations/${token}/attendees`);
      await call('GET /api/conferences/{id}/programme/signups', `/api/conferences/${f['conference']}/programme/signups`);
      await call('DELETE /api/registrations/{token}/sessions/{agendaItemId}', `/api/registrations/${token}/sessions/${f['item']}`);
      await call('GET /api/registrations/{token}/export', `/api/registrations/${token}/export`);
      await call('POST /api/registrations/{token}/calendar-token', `/api/registrations/${token}/calendar-token`);
      await call('GET /api/conferences/{id}/registrations', `/api/conferences/${f['conference']}/registrations`, { as: committee });
      await call(
        'PATCH /api/conferences/{id}/registrations/{registrationId}/check-in',
        `/api/conferences/${f['conference']}/registrations/${created.id}/check-in`,
        { as: committee, body: { checkedIn: true } },
      );
      const checkInCode = (await call<{ checkInCode: string }>('GET /api/registrations/{token}', `/api/registrations/${token}`))
        .checkInCode;
      await call('POST /api/conferences/{id}/check-ins', `/api/conferences/${f['conference']}/check-ins`, {
        as: committee,
        body: { code: checkInCode },
      });
      await call('POST /api/conferences/{id}/check-ins', `/api/conferences/${f['conference']}/check-ins`, {
        as: committee,
        body: { code: 'A'.repeat(43) },
        status: 404,
      });
      await call('GET /api/conferences/{id}/check-ins/search', `/api/conferences/${f['conference']}/check-ins/search?q=openapi`, {
        as: committee,
      });
      await call('GET /api/conferences/{id}/check-ins/summary', `/api/conferences/${f['conference']}/check-ins/summary`, { as: committee });
      await call('DELETE /api/conferences/{id}/check-ins/{registrationId}', `/api/conferences/${f['conference']}/check-ins/${created.id}`, {
        as: committee,
      });
      await call('PUT /api/conferences/{id}/check-ins/{registrationId}', `/api/conferences/${f['conference']}/check-ins/${created.id}`, {
        as: committee,
      });
      await call('POST /api/conferences/{id}/registrations', `/api/conferences/${f['conference']}/registrations`, {
        body: registrationBody('openapi'),
        status: 409,
      });
      await call('DELETE /api/registrations/{token}', `/api/registrations/${token}`);
      await call('GET /api/outbox', '/api/outbox', { as: admin });
    });

    it('messages and reminders', async () => {
      const { manageToken } = await call<{ manageToken: string }>(
        'POST /api/conferences/{id}/registrations',
        `/api/conferences/${f['conference']}/registrations`,
        {
          body: registrationBody('openapi-messages', { language: 'en' }),
        },
      );
      const message = {
        subjectSv: 'Hej {förnamn}',
        bodySv: 'Se {hanteringslänk}',
        subjectEn: 'Hi {firstName}',
        bodyEn: 'See {manageLink}',
      };
      const url = `/api/conferences/${f['conference']}/messages`;
      await call('POST /api/conferences/{id}/messages', url, {
        as: committee,
        body: { ...message, filter: { status: 'confirmed' }, dryRun: true },
      });
      await call('POST /api/conferences/{id}/messages', url, {
        as: committee,
        body: { ...message, filter: { organisationType: 'region' }, dryRun: true },
      });
      await call('POST /api/conferences/{id}/messages', url, { as: committee, body: { ...message, filter: {} } });
      await call('POST /api/conferences/{id}/messages', url, {
        as: committee,
        body: { ...message, bodySv: '{okänt}', filter: {} },
        status: 400,
      });
      await call('GET /api/conferences/{id}/messages', url, { as: committee });
      await call('GET /api/registrations/{token}/messages', `/api/registrations/${manageToken}/messages`);
      const reminders = `/api/conferences/${f['conference']}/reminders`;
      await call('PUT /api/conferences/{id}/reminders', reminders, {
        as: committee,
        body: {
          reminders: [
            { daysBefore: 7, textSv: 'En vecka kvar', textEn: 'One week to go' },
            { sendAt: '2031-01-01T09:00:00+01:00', textSv: 'Snart' },
          ],
        },
      });
      await call('GET /api/conferences/{id}/reminders', reminders, { as: committee });
    });

    it('registration questions', async () => {
      const questions = `/api/conferences/${f['conference']}/questions`;
      await call('PUT /api/conferences/{id}/questions', questions, {
        as: committee,
        body: [
          { kind: 'yes-no', labelSv: 'Middag', required: false },
          { kind: 'choice', labelSv: 'Buss', labelEn: 'Bus', required: false, options: [{ labelSv: 'Ja' }, { labelSv: 'Nej' }] },
        ],
      });
      await call('GET /api/conferences/{id}/questions', questions);
    });

    it('group registration', async () => {
      const conference = await createConference(t, committee, { capacity: 2 });
      const person = (n: number) => ({ firstName: `Grupp${n}`, lastName: 'Gruppsson', email: `openapi-grupp${n}@kommun.se` });
      const group = await call<{ groupToken: string; registrations: { id: string }[] }>(
        'POST /api/conferences/{id}/group-registrations',
        `/api/conferences/${conference.id}/group-registrations`,
        {
          body: {
            contact: { firstName: 'Karin', lastName: 'Lund', email: 'openapi-kontakt@kommun.se' },
            organisationName: 'Finspångs kommun',
            organisationType: 'municipality',
            consent: true,
            members: [person(1), person(2), person(3)],
          },
        },
      );
      const link = `/api/registration-groups/${group.groupToken}`;
      await call('GET /api/registration-groups/{groupToken}', link);
      await call('POST /api/registration-groups/{groupToken}/members', `${link}/members`, { body: person(4) });
      await call('DELETE /api/registration-groups/{groupToken}/members/{registrationId}', `${link}/members/${group.registrations[0].id}`);
    });

    it('proposals, the committee and its meetings', async () => {
      const proposal = await call<{ id: string }>('POST /api/proposals', '/api/proposals', {
        as: council,
        body: {
          kind: 'theme',
          title: 'Energi för industrin',
          summary: 'Ett förslag till konferensen om energi.',
          focusAreaCodes: ['infrastructure', 'green-transition'],
          targetConferenceId: f['conference'],
          speakers: [{ name: 'Sara Sol', organisation: 'Solkraft AB' }],
        },
      });
      await call('PATCH /api/proposals/{id}', `/api/proposals/${proposal.id}`, { as: council, body: { description: 'Längre text.' } });
      await call('POST /api/proposals/{id}/submit', `/api/proposals/${proposal.id}/submit`, { as: council });
      await call('POST /api/proposals/{id}/comments', `/api/proposals/${proposal.id}/comments`, {
        as: committee,
        body: { body: 'Bra idé.' },
      });
      await call('GET /api/proposals/{id}/comments', `/api/proposals/${proposal.id}/comments`, { as: council });
      await call('PUT /api/proposals/{id}/reviews/mine', `/api/proposals/${proposal.id}/reviews/mine`, {
        as: f['reviewer'],
        body: { relevance: 5, quality: 4, feasibility: 3, text: 'Relevant och genomförbart.' },
      });
      await call('GET /api/proposals/{id}/reviews', `/api/proposals/${proposal.id}/reviews`, { as: committee });
      await call('GET /api/proposals/{id}/reviews', `/api/proposals/${proposal.id}/reviews`, { as: council });
      await call('GET /api/proposals', '/api/proposals', { as: committee });
      await call('GET /api/proposals', '/api/proposals', { as: council });
      await call('GET /api/proposals/gaps', '/api/proposals/gaps', { as: council });

      await call('GET /api/committee/people', '/api/committee/people', { as: committee });
      let meeting = await call<{ id: string; items: { id: string; proposalId: string | null }[] }>('POST /api/meetings', '/api/meetings', {
        as: committee,
        body: { title: 'AU-möte', startsAt: '2031-02-10T13:00:00+01:00', place: 'Finspång', participantIds: [] },
      });
      await call('PATCH /api/meetings/{id}', `/api/meetings/${meeting.id}`, {
        as: committee,
        body: { videoLink: 'https://meet.example/au' },
      });
      meeting = await call('POST /api/meetings/{id}/items', `/api/meetings/${meeting.id}/items`, {
        as: committee,
        body: { kind: 'proposal', proposalId: proposal.id },
      });
      await call('POST /api/meetings/{id}/notice', `/api/meetings/${meeting.id}/notice`, { as: committee });
      await call('PUT /api/meetings/{id}/attendance', `/api/meetings/${meeting.id}/attendance`, {
        as: committee,
        body: { presentUserIds: [f['committeeId']] },
      });
      const proposalItem = meeting.items.find((i) => i.proposalId === proposal.id) as { id: string };
      await call('POST /api/meetings/{id}/items/{itemId}/decision', `/api/meetings/${meeting.id}/items/${proposalItem.id}/decision`, {
        as: committee,
        body: {
          outcome: 'accept',
          motivation: 'Hög relevans.',
          actionItems: [{ title: 'Boka talare', ownerId: f['committeeId'], dueDate: '2031-03-01', focusAreaCode: 'infrastructure' }],
        },
      });
      // A file on the agenda item: the upload is multipart, so it is checked here rather than through call().
      const uploaded = await t.http
        .post('/api/documents')
        .set('Authorization', committee)
        .field('parentType', 'meeting-item')
        .field('parentId', proposalItem.id)
        .attach('file', Buffer.from('Underlag till mötet\n'), { filename: 'underlag.txt', contentType: 'text/plain' })
        .expect(201);
      const validateUpload = validatorFor('POST /api/documents', 201);
      validateUpload(uploaded.body);
      expect(formatErrors(validateUpload.errors)).toEqual([]);
      validated.add('POST /api/documents');
      await call('GET /api/documents', `/api/documents?parentType=meeting-item&parentId=${proposalItem.id}`, { as: committee });
      await call('GET /api/meetings/{id}', `/api/meetings/${meeting.id}`, { as: committee });
      await call('GET /api/meetings/{id}/audit', `/api/meetings/${meeting.id}/audit`, { as: committee });
      await call('GET /api/meetings', '/api/meetings', { as: committee });
      const actions = await call<{ id: string }[]>('GET /api/action-items', '/api/action-items', { as: committee });
      await call('PATCH /api/action-items/{id}', `/api/action-items/${actions[0].id}`, { as: committee, body: { status: 'closed' } });
      const lineage = await call<unknown[]>('GET /api/conferences/{id}/lineage', `/api/conferences/${f['conference']}/lineage`);
      expect(lineage.length).toBe(1);
      await call('GET /api/proposals/{id}', `/api/proposals/${proposal.id}`, { as: council });
      await call('GET /api/proposals/{id}/audit', `/api/proposals/${proposal.id}/audit`, { as: committee });
    });

    it('open calls: the call, a submission, its confirmation and the decisions', async () => {
      const day = 86_400_000;
      const opened = await call<{ id: string }>('POST /api/conferences/{id}/calls', `/api/conferences/${f['conference']}/calls`, {
        as: committee,
        body: {
          titleSv: 'Upprop 2031',
          textSv: 'Skicka förslag på programpunkter.',
          opensAt: new Date(Date.now() - day).toISOString(),
          closesAt: new Date(Date.now() + day).toISOString(),
          focusAreaCodes: ['skills', 'infrastructure'],
        },
      });
      await call('PATCH /api/calls/{callId}', `/api/calls/${opened.id}`, { as: committee, body: { titleEn: 'Call 2031' } });
      await call('GET /api/calls/{callId}', `/api/calls/${opened.id}`);
      await call('GET /api/conferences/{id}/calls', `/api/conferences/${f['conference']}/calls`, { as: council });
      await call('GET /api/calls', '/api/calls', { as: council });
      const submit = (n: number) =>
        call<{ submissionId: string }>('POST /api/calls/{callId}/submissions', `/api/calls/${opened.id}/submissions`, {
          body: {
            name: 'Siv Sökande',
            organisationName: 'Gnosjö kommun',
            email: `openapi-upprop${n}@gnosjo.se`,
            title: 'Lärlingar',
            summary: 'Lärlingar i småindustrin.',
            focusAreaCodes: ['skills'],
            kind: 'theme',
          },
        });
      for (const n of [1, 2]) {
        await submit(n);
        const [mail] = await t.dataSource.query(`SELECT text FROM outbox_messages WHERE "to" = $1`, [`openapi-upprop${n}@gnosjo.se`]);
        const token = /\/upprop\/bekrafta\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
        await call('POST /api/call-submissions/confirm', '/api/call-submissions/confirm', { body: { token } });
      }
      const listed = await call<{ id: string }[]>('GET /api/calls/{callId}/submissions', `/api/calls/${opened.id}/submissions`, {
        as: council,
      });
      const accepted = await call<{ proposalId: string }>(
        'POST /api/call-submissions/{id}/accept',
        `/api/call-submissions/${listed[0].id}/accept`,
        { as: council },
      );
      await call('GET /api/proposals/{id}', `/api/proposals/${accepted.proposalId}`, { as: council });
      await call('POST /api/call-submissions/{id}/decline', `/api/call-submissions/${listed[1].id}/decline`, {
        as: council,
        body: { reason: 'Inte i år.' },
      });
      await call('POST /api/calls/{callId}/close', `/api/calls/${opened.id}/close`, { as: committee });
    });

    it('calendar links and the coverage report', async () => {
      await call('GET /api/calendar/me/meetings', '/api/calendar/me/meetings', { as: committee });
      await call('POST /api/calendar/me/meetings/rotate', '/api/calendar/me/meetings/rotate', { as: committee });
      await call('GET /api/reports/focus-area-coverage', '/api/reports/focus-area-coverage', { as: committee });
      await call('GET /api/reports/focus-area-coverage/items', '/api/reports/focus-area-coverage/items?focusArea=infrastructure', {
        as: committee,
      });
    });

    it('strategy versions: list, version, draft, mapping, states, diff and import', async () => {
      const list = await call<Array<{ id: string; state: string; title: string }>>('GET /api/strategies', '/api/strategies');
      const adopted = list.find((v) => v.state === 'adopted') as { id: string };
      const old = list[0];
      await call('GET /api/strategies/{id}', `/api/strategies/${adopted.id}`);
      await call('GET /api/strategies/current', '/api/strategies/current');
      const draft = await call<{ id: string; title: string; preamble: string; vision: string; focusAreas: Array<Record<string, unknown>> }>(
        'POST /api/strategies',
        '/api/strategies',
        { as: committee, body: { version: 'openapi' } },
      );
      const content = {
        title: draft.title,
        preamble: draft.preamble,
        vision: `${draft.vision} Ny mening.`,
        focusAreas: draft.focusAreas.map((a) => ({
          code: a['code'],
          titleSv: a['titleSv'],
          titleEn: a['titleEn'],
          text: a['text'],
          positions: (a['positions'] as Array<{ id: string; text: string }>).map((p) => ({ id: p.id, text: p.text })),
        })),
      };
      await call('PUT /api/strategies/{id}/content', `/api/strategies/${draft.id}/content`, { as: committee, body: content });
      const entries = draft.focusAreas.map((a) => ({ from: a['code'], to: [a['code']] }));
      await call('PUT /api/strategies/{id}/mapping', `/api/strategies/${draft.id}/mapping`, { as: committee, body: { entries } });
      await call('GET /api/strategies/{id}/diff', `/api/strategies/${draft.id}/diff?against=${adopted.id}`, { as: council });
      const evidence = await call<{ entries: Array<{ kind: string; id: string }> }>(
        'GET /api/strategies/{id}/evidence',
        `/api/strategies/${draft.id}/evidence?focusArea=infrastructure`,
        { as: council },
      );
      const entry = evidence.entries.find((e) => e.kind === 'theme') as { kind: string; id: string };
      const positionId = (draft.focusAreas[0]['positions'] as Array<{ id: string }>)[0].id;
      const cited = await call<{ positions: Array<{ citations: Array<{ id: string }> }> }>(
        'POST /api/strategies/{id}/citations',
        `/api/strategies/${draft.id}/citations`,
        { as: committee, body: { positionId, kind: entry.kind, refId: entry.id } },
      );
      await call('POST /api/strategies/{id}/citations', `/api/strategies/${draft.id}/citations`, {
        as: committee,
        body: { positionId, kind: 'theme', refId: NONE },
        status: 400,
      });
      await call('GET /api/strategies/{id}/citations', `/api/strategies/${draft.id}/citations`, { as: council });
      await call('GET /api/strategies/{id}/suggestions', `/api/strategies/${draft.id}/suggestions?minConferences=1`, { as: council });
      const citationId = cited.positions[0].citations[0].id;
      await call('DELETE /api/strategies/{id}/citations/{citationId}', `/api/strategies/${draft.id}/citations/${citationId}`, {
        as: committee,
      });
      await call('POST /api/strategies/{id}/citations', `/api/strategies/${draft.id}/citations`, {
        as: committee,
        body: { positionId, kind: entry.kind, refId: entry.id },
      });
      await call('POST /api/strategies/{id}/consultation', `/api/strategies/${draft.id}/consultation`, { as: committee });
      await call('POST /api/strategies/{id}/withdraw', `/api/strategies/${draft.id}/withdraw`, { as: committee });
      await call('POST /api/strategies/{id}/consultation', `/api/strategies/${draft.id}/consultation`, { as: committee });
      const comment = await call<{ id: string }>(
        'POST /api/strategies/{id}/positions/{positionId}/comments',
        `/api/strategies/${draft.id}/positions/${positionId}/comments`,
        { as: council, body: { text: 'En synpunkt.' } },
      );
      const wording = await call<{ id: string }>(
        'POST /api/strategies/{id}/positions/{positionId}/wording-proposals',
        `/api/strategies/${draft.id}/positions/${positionId}/wording-proposals`,
        { as: council, body: { text: 'En helt ny formulering av ståndpunkten.' } },
      );
      await call('GET /api/strategies/{id}/consultation', `/api/strategies/${draft.id}/consultation`, { as: council });
      await call(
        'POST /api/strategies/{id}/wording-proposals/{proposalId}/decision',
        `/api/strategies/${draft.id}/wording-proposals/${wording.id}/decision`,
        { as: committee, body: { decision: 'rejected', reason: 'Vi behåller texten.' } },
      );
      await t.http.delete(`/api/strategies/${draft.id}/comments/${comment.id}`).set('Authorization', council).expect(204);
      await call('POST /api/strategies/{id}/import', `/api/strategies/${old.id}/import`, {
        as: committee,
        body: {
          ...content,
          title: old.title,
          focusAreas: content.focusAreas.map((a) => ({ ...a, positions: a.positions.map((p) => ({ text: p.text })) })),
        },
      });
    });

    it("members' engagement", async () => {
      const members = await call<{ organisationId: string }[]>('GET /api/engagement/members', '/api/engagement/members', { as: committee });
      await call('GET /api/engagement/inactive', '/api/engagement/inactive', { as: committee });
      await call('GET /api/engagement/members/{organisationId}', `/api/engagement/members/${members[0].organisationId}`, { as: committee });
    });

    it('called every JSON read of the document (or says why not)', () => {
      const reads = operations(doc)
        .filter(({ route, op }) => route.startsWith('GET ') && returnsJson(op))
        .map(({ route }) => route);
      expect(reads.filter((r) => !validated.has(r) && !NOT_CALLED[r])).toEqual([]);
      // Writes too: a good share of them.
      expect(validated.size).toBeGreaterThanOrEqual(70);
    });
  });

  it('fails a broken body: a wrong type, a missing required property, an unknown property, a bad nested value', async () => {
    const conference = (await t.http.get(`/api/conferences/${f['conference']}`).expect(200)).body as Json;
    const validate = validatorFor('GET /api/conferences/{id}', 200);
    expect(validate(conference)).toBe(true);

    const broken = structuredClone(conference) as Json & { themes: Json[] };
    broken['capacity'] = 'fifty';
    delete broken['titleSv'];
    broken['surprise'] = true;
    broken.themes[0]['focusAreas'] = [{ code: 'Not an area!', titleSv: 'x', titleEn: 'x' }];
    broken['startsAt'] = 'tomorrow';
    expect(validate(broken)).toBe(false);
    const errors = formatErrors(validate.errors).join('\n');
    expect(errors).toMatch(/\/capacity must be integer/);
    expect(errors).toMatch(/must have required property 'titleSv'/);
    expect(errors).toMatch(/must NOT have additional properties.*surprise/);
    expect(errors).toMatch(/\/themes\/0\/focusAreas\/0\/code must match pattern/);
    expect(errors).toMatch(/\/startsAt must match format "date-time"/);

    // null only where the document says nullable.
    const nulled = { ...conference, titleSv: null };
    expect(validate(nulled)).toBe(false);
    expect(validate({ ...conference, titleEn: null })).toBe(true);
  });
});
