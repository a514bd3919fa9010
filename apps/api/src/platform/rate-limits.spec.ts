import { subjectOf } from './rate-limits';

describe('subjectOf', () => {
  const registration = (email: unknown) =>
    subjectOf({ route: { path: '/api/conferences/:id/registrations' }, params: { id: 'c1' }, body: { email } });
  const reset = (email: unknown) => subjectOf({ route: { path: '/api/auth/password-reset' }, body: { email } });

  it('keys one address at one conference the way the DTOs store it: case, spaces and Unicode form do not make a new subject', () => {
    const key = registration('åsa@example.se');
    expect(key).toBe('registration:c1:åsa@example.se');
    for (const variant of [' Åsa@Example.SE ', 'A\u030asa@example.se', 'a\u030aSA@EXAMPLE.SE']) expect(registration(variant)).toBe(key);
    expect(reset('A\u030aSA@example.se')).toBe(reset('åsa@example.se'));
  });

  it('keys manage links by token, and has no subject otherwise', () => {
    expect(subjectOf({ route: { path: '/api/registrations/:token' }, params: { token: 'abc' } })).toBe('manage:abc');
    expect(subjectOf({ route: { path: '/api/auth/login' }, body: { email: 'a@b.se' } })).toBeNull();
    expect(registration(42)).toBeNull();
  });

  it('keys a group registration by its contact person at the conference, and group links by token', () => {
    const group = (email: unknown) =>
      subjectOf({ route: { path: '/api/conferences/:id/group-registrations' }, params: { id: 'c1' }, body: { contact: { email } } });
    expect(group(' Karin@Finspang.SE')).toBe('group-registration:c1:karin@finspang.se');
    expect(group(undefined)).toBeNull();
    expect(subjectOf({ route: { path: '/api/registration-groups/:groupToken/members' }, params: { groupToken: 'g1' } })).toBe('group:g1');
  });
});
