import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('rätt-lösenord-åäö');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verifyPassword(hash, 'rätt-lösenord-åäö')).toBe(true);
    expect(await verifyPassword(hash, 'fel-lösenord')).toBe(false);
  });

  it('gives two hashes of one password different salts', async () => {
    expect(await hashPassword('same')).not.toEqual(await hashPassword('same'));
  });

  it('treats a malformed hash as a failed check, not an error', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
    expect(await verifyAgainstDummy('anything')).toBe(false);
  });
});
