import type { OrganisationResponse, UserResponse } from '@samverkan/identity/contract';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

describe('administration of users and organisations', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login(DEMO.admin);
  });
  afterAll(() => t.close());

  it('creates an organisation, finds it by search and type, and refuses a case-insensitive duplicate', async () => {
    const created = await t.http
      .post('/api/organisations')
      .set('Authorization', admin)
      .send({ name: '  Hofors kommun ', type: 'municipality', member: true })
      .expect(201);
    expect(created.body).toMatchObject({ name: 'Hofors kommun', type: 'municipality', member: true });
    const found = await t.http.get('/api/organisations?search=hofors&type=municipality').set('Authorization', admin).expect(200);
    expect((found.body.items as OrganisationResponse[]).map((o) => o.name)).toEqual(['Hofors kommun']);
    expect(found.body.total).toBe(1);

    const before = await rowCounts(t.dataSource);
    const dup = await t.http
      .post('/api/organisations')
      .set('Authorization', admin)
      .send({ name: 'HOFORS KOMMUN', type: 'business' })
      .expect(409);
    expect(dup.body.errors).toEqual({ name: 'taken' });
    expect(await rowCounts(t.dataSource)).toEqual(before);
  });

  it('creates a user with roles, refuses a duplicate e-mail in any case, and writes nothing on bad input', async () => {
    const orgs = await t.http.get('/api/organisations?search=Finspång').set('Authorization', admin).expect(200);
    const created = await t.http
      .post('/api/users')
      .set('Authorization', admin)
      .send({
        email: 'Karin.Kommun@Finspang.se',
        name: 'Karin Kommun',
        password: 'long-enough-password',
        roles: ['programme-council'],
        organisationId: orgs.body.items[0].id,
      })
      .expect(201);
    const user = created.body as UserResponse;
    expect(user).toMatchObject({
      email: 'karin.kommun@finspang.se',
      roles: ['programme-council'],
      organisationName: 'Finspångs kommun',
      active: true,
    });
    expect(JSON.stringify(created.body)).not.toMatch(/password/i);
    await t.login('karin.kommun@finspang.se', 'long-enough-password');

    const before = await rowCounts(t.dataSource);
    await t.http
      .post('/api/users')
      .set('Authorization', admin)
      .send({ email: 'KARIN.KOMMUN@finspang.se', name: 'Again', password: 'long-enough-password', roles: [] })
      .expect(409);
    const bad = await t.http
      .post('/api/users')
      .set('Authorization', admin)
      .send({ email: 'x@y.se', name: 'X', password: 'short', roles: ['superuser'], organisationId: 'not-a-uuid' })
      .expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['name', 'organisationId', 'password', 'roles']);
    const unknownOrg = await t.http
      .post('/api/users')
      .set('Authorization', admin)
      .send({
        email: 'y@y.se',
        name: 'Yvonne',
        password: 'long-enough-password',
        roles: [],
        organisationId: '00000000-0000-4000-8000-000000000000',
      })
      .expect(422);
    expect(unknownOrg.body.statusCode).toBe(422);
    expect(await rowCounts(t.dataSource)).toEqual(before);
  });

  it('changes roles and deactivates a user, which ends their sessions', async () => {
    const list = await t.http.get('/api/users').set('Authorization', admin).expect(200);
    const council = (list.body.items as UserResponse[]).find((u) => u.email === DEMO.council);
    if (!council) throw new Error('demo council member missing');
    const councilBearer = await t.login(DEMO.council);
    const updated = await t.http
      .patch(`/api/users/${council.id}`)
      .set('Authorization', admin)
      .send({ roles: ['programme-council', 'working-committee'] })
      .expect(200);
    expect(updated.body.roles).toEqual(['programme-council', 'working-committee']);
    const me = await t.http.get('/api/auth/me').set('Authorization', councilBearer).expect(200);
    expect(me.body.roles).toEqual(['programme-council', 'working-committee']);

    await t.http.patch(`/api/users/${council.id}`).set('Authorization', admin).send({ active: false }).expect(200);
    await t.http.get('/api/auth/me').set('Authorization', councilBearer).expect(401);
    await t.http.post('/api/auth/login').send({ email: DEMO.council, password: 'samverkan-demo' }).expect(401);
  });

  it('does not let an admin remove their own admin role', async () => {
    const me = await t.http.get('/api/auth/me').set('Authorization', admin).expect(200);
    const res = await t.http
      .patch(`/api/users/${me.body.id}`)
      .set('Authorization', admin)
      .send({ roles: ['working-committee'] })
      .expect(400);
    expect(res.body).toMatchObject({ code: 'identity.cannot-demote-self', errors: { roles: 'self' } });
    const inactive = await t.http.patch(`/api/users/${me.body.id}`).set('Authorization', admin).send({ active: false }).expect(400);
    expect(inactive.body.code).toBe('identity.cannot-demote-self');
    await t.http.patch('/api/users/not-a-uuid').set('Authorization', admin).send({}).expect(404);
    const nobody = await t.http
      .patch('/api/users/00000000-0000-4000-8000-000000000000')
      .set('Authorization', admin)
      .send({ name: 'Nobody' })
      .expect(404);
    expect(nobody.body.code).toBe('identity.user-not-found');
    expect((await t.http.get('/api/users/00000000-0000-4000-8000-000000000000').set('Authorization', admin).expect(404)).body.code).toBe(
      'identity.user-not-found',
    );
    const noOrganisation = await t.http
      .patch('/api/organisations/00000000-0000-4000-8000-000000000000')
      .set('Authorization', admin)
      .send({ member: true })
      .expect(404);
    expect(noOrganisation.body.code).toBe('identity.organisation-not-found');
    await t.http.patch('/api/organisations/not-a-uuid').set('Authorization', admin).send({ member: true }).expect(404);
  });
});
