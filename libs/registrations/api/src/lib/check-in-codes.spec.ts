import { hashLinkToken, LinkTokens } from '@samverkan/identity/api';
import { CheckInCodes } from './check-in-codes';

describe('CheckInCodes', () => {
  const links = new LinkTokens({ jwtSecret: 'a secret of some length for tests' });
  const codes = new CheckInCodes(links);
  const id = '3f2b8a1e-0c4d-4e5f-9a6b-7c8d9e0f1a2b';

  it('makes a code that is not the manage token, and the same code every time', async () => {
    const stored: unknown[][] = [];
    const manager = { query: async (_sql: string, params: unknown[]) => stored.push(params) } as never;
    const code = await codes.code(manager, id);
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(code).not.toBe(links.token('manage', id, 1));
    expect(await codes.code(manager, id)).toBe(code);
    expect(stored[0]).toEqual([[id], [hashLinkToken(code)]]);
  });

  it('looks a presented code up by its hash, and refuses what cannot be a code', () => {
    const code = links.token('check-in', id, 1);
    expect(codes.lookupHash(` ${code}\n`)).toBe(hashLinkToken(code));
    expect(codes.lookupHash('not a code')).toBeNull();
  });
});
