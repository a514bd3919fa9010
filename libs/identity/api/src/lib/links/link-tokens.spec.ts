import { hashLinkToken, LINK_TOKEN_PATTERN, LinkTokens } from './link-tokens';

const id = '6f1c1f43-52c4-4b6e-9f0e-7d3f2a1b9c00';

describe('LinkTokens', () => {
  const links = new LinkTokens({ jwtSecret: 'a-jwt-secret-of-at-least-32-characters!!' });

  it('makes 256-bit URL-safe tokens that differ by purpose, object and version', () => {
    const tokens = [
      links.token('manage', id, 1),
      links.token('manage', id, 2),
      links.token('registration-calendar', id, 1),
      links.token('manage', id.replace('6f', '7f'), 1),
    ];
    for (const token of tokens) expect(token).toMatch(LINK_TOKEN_PATTERN);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('makes the same token again from what is stored, without storing it', () => {
    const issued = links.issue('manage', id, 1);
    expect(issued.hash).toBe(hashLinkToken(issued.token));
    expect(issued.hash).not.toContain(issued.token);
    expect(links.current('manage', id, { version: 1, hash: issued.hash })).toEqual({ token: issued.token });
  });

  it('depends on the key: another server key makes other tokens', () => {
    const other = new LinkTokens({ jwtSecret: 'another-jwt-secret-of-at-least-32-chars' });
    const separate = new LinkTokens({ jwtSecret: 'a-jwt-secret-of-at-least-32-characters!!', linkSecret: 'a-separate-link-secret-32-characters' });
    expect(other.token('manage', id, 1)).not.toBe(links.token('manage', id, 1));
    expect(separate.token('manage', id, 1)).not.toBe(links.token('manage', id, 1));
  });

  it('issues the next version when a stored link cannot be made again (legacy version 0, or a changed key)', () => {
    const legacy = links.current('manage', id, { version: 0, hash: hashLinkToken('an-old-random-token') });
    expect(legacy.reissued).toEqual({ version: 1, hash: hashLinkToken(legacy.token) });
    const fromOtherKey = new LinkTokens({ jwtSecret: 'another-jwt-secret-of-at-least-32-chars' }).issue('manage', id, 3);
    const healed = links.current('manage', id, { version: 3, hash: fromOtherKey.hash });
    expect(healed.reissued).toEqual({ version: 4, hash: hashLinkToken(healed.token) });
    expect(healed.token).toBe(links.token('manage', id, 4));
  });
});
