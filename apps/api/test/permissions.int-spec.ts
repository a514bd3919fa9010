import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { PERMISSION_KEY } from '@samverkan/identity/api';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

describe('permissions', () => {
  let t: TestApp;
  const bearer: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    bearer['admin'] = await t.login(DEMO.admin);
    bearer['working-committee'] = await t.login(DEMO.committee);
    bearer['programme-council'] = await t.login(DEMO.council);
  });
  afterAll(() => t.close());

  it('every route declares a permission (@Public or @Authenticated)', () => {
    const discovery = t.app.get(DiscoveryService);
    const scanner = t.app.get(MetadataScanner);
    const reflector = t.app.get(Reflector);
    const routes: string[] = [];
    const missing: string[] = [];
    for (const wrapper of discovery.getControllers()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller || !wrapper.instance) continue;
      const prototype = Object.getPrototypeOf(wrapper.instance);
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const id = `${RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler)]} ${controller.name}.${name}`;
        routes.push(id);
        if (!reflector.getAllAndOverride(PERMISSION_KEY, [handler, controller])) missing.push(id);
      }
    }
    expect(routes.length).toBeGreaterThanOrEqual(12);
    expect(missing).toEqual([]);
  });

  type Who = 'anonymous' | 'admin' | 'working-committee' | 'programme-council';
  const matrix: Array<[string, string, Partial<Record<Who, number>>]> = [
    ['GET', '/api/users', { anonymous: 401, admin: 200, 'working-committee': 403, 'programme-council': 403 }],
    ['POST', '/api/users', { anonymous: 401, 'working-committee': 403, 'programme-council': 403 }],
    ['GET', '/api/organisations', { anonymous: 401, admin: 200, 'working-committee': 200, 'programme-council': 403 }],
    ['POST', '/api/organisations', { anonymous: 401, 'working-committee': 403, 'programme-council': 403 }],
    ['GET', '/api/auth/me', { anonymous: 401, admin: 200, 'working-committee': 200, 'programme-council': 200 }],
    ['GET', '/api/focus-areas', { anonymous: 200, admin: 200, 'programme-council': 200 }],
    ['GET', '/api/health', { anonymous: 200 }],
    ['GET', '/api/proposals', { anonymous: 401, admin: 200, 'working-committee': 200, 'programme-council': 200 }],
    ['POST', '/api/proposals', { anonymous: 401, 'working-committee': 403 }],
    ['GET', '/api/meetings', { anonymous: 401, admin: 200, 'working-committee': 200, 'programme-council': 403 }],
    ['POST', '/api/meetings', { anonymous: 401, 'programme-council': 403 }],
    ['GET', '/api/action-items', { anonymous: 401, 'working-committee': 200, 'programme-council': 403 }],
    ['GET', '/api/outbox', { anonymous: 401, admin: 200, 'working-committee': 403, 'programme-council': 403 }],
    ['POST', '/api/conferences', { anonymous: 401, 'programme-council': 403 }],
    ['GET', '/api/conferences', { anonymous: 200, 'programme-council': 200 }],
    ['GET', '/api/proposals/00000000-0000-4000-8000-000000000000', { anonymous: 404, 'programme-council': 404, 'working-committee': 404 }],
    ['GET', '/api/meetings/00000000-0000-4000-8000-000000000000', { anonymous: 404, 'programme-council': 404, 'working-committee': 404 }],
    ['GET', '/api/registrations/not-a-token', { anonymous: 404 }],
  ];
  for (const [method, path, expected] of matrix) {
    for (const [who, status] of Object.entries(expected) as [Who, number][]) {
      it(`${method} ${path} as ${who} → ${status}`, async () => {
        const req = method === 'GET' ? t.http.get(path) : t.http.post(path).send({});
        if (who !== 'anonymous') req.set('Authorization', bearer[who]);
        const res = await req;
        expect(res.status).toBe(status);
      });
    }
  }
});

describe('objects others may not know exist', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 404, never 401 or 403, for a real meeting and proposal to those outside', async () => {
    const committee = await t.login(DEMO.committee);
    const council = await t.login(DEMO.council);
    const [meeting] = (await t.http.get('/api/meetings').set('Authorization', committee).expect(200)).body;
    await t.http.get(`/api/meetings/${meeting.id}`).set('Authorization', committee).expect(200);
    await t.http.get(`/api/meetings/${meeting.id}`).set('Authorization', council).expect(404);
    await t.http.get(`/api/meetings/${meeting.id}`).expect(404);
    await t.http.get(`/api/meetings/${meeting.id}/audit`).expect(404);
    const proposals = (await t.http.get('/api/proposals?state=in-review').set('Authorization', committee).expect(200)).body.items;
    await t.http.get(`/api/proposals/${proposals[0].id}`).expect(404);
    await t.http.get(`/api/proposals/${proposals[0].id}/reviews`).expect(404);
    await t.http.get(`/api/proposals/${proposals[0].id}/comments`).expect(404);
    await t.http.get(`/api/proposals/${proposals[0].id}`).set('Authorization', council).expect(200);
  });
});
