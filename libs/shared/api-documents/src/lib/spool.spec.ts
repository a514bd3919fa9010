import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Spool } from './spool';

describe('Spool', () => {
  it('gives back the appended bytes in pieces of the asked size, and leaves nothing behind', async () => {
    const spool = await Spool.create();
    const parts = [randomBytes(1000), randomBytes(1), randomBytes(2500)];
    for (const part of parts) await spool.append(part);
    expect(spool.size).toBe(3501);
    const pieces: Buffer[] = [];
    for await (const piece of spool.pieces(1024)) pieces.push(piece);
    expect(pieces.map((p) => p.length)).toEqual([1024, 1024, 1024, 429]);
    expect(Buffer.concat(pieces).equals(Buffer.concat(parts))).toBe(true);
    const dir = (spool as unknown as { dir: string }).dir;
    expect(existsSync(dir)).toBe(true);
    await spool.remove();
    expect(existsSync(dir)).toBe(false);
  });

  it('yields nothing for an empty file', async () => {
    const spool = await Spool.create();
    const pieces: Buffer[] = [];
    for await (const piece of spool.pieces(1024)) pieces.push(piece);
    expect(pieces).toEqual([]);
    await spool.remove();
  });
});
