import { CAPABILITIES, ROLES, ROLE_CAPABILITIES, can, rolesWith } from '@samverkan/identity/contract';

describe('the capability table', () => {
  it('gives each role its own capabilities and nobody signed out any', () => {
    expect(can(['working-committee'], 'agenda.edit')).toBe(true);
    expect(can(['programme-council'], 'agenda.edit')).toBe(false);
    expect(can(['programme-council', 'working-committee'], 'proposals.review')).toBe(true);
    expect(can([], 'proposals.read')).toBe(false);
    expect(can(undefined, 'proposals.read')).toBe(false);
  });

  it('names the roles that have a capability', () => {
    expect(rolesWith('users.manage')).toEqual(['admin']);
    expect(rolesWith('meetings.manage')).toEqual(['admin', 'working-committee']);
    expect(rolesWith('proposals.review')).toEqual(['programme-council']);
  });

  it('covers every role, and every capability is held by somebody', () => {
    expect(Object.keys(ROLE_CAPABILITIES).sort()).toEqual([...ROLES].sort());
    for (const capability of CAPABILITIES) expect(rolesWith(capability).length).toBeGreaterThan(0);
  });

  it('lets the administrator do everything except score proposals, which is the council’s', () => {
    expect(CAPABILITIES.filter((capability) => !can(['admin'], capability))).toEqual(['proposals.review']);
  });
});
