import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A file's bytes kept on local disk while the client sends them, so that no database connection waits
 * on a slow client: the upload is checked as it arrives and written to the database afterwards, at
 * disk speed, in one short transaction. Private to this process and removed when the upload ends.
 */
export class Spool {
  private constructor(
    private readonly dir: string,
    private readonly handle: FileHandle,
  ) {}

  private written = 0;

  static async create(): Promise<Spool> {
    const dir = await mkdtemp(join(tmpdir(), 'samverkan-upload-'));
    return new Spool(dir, await open(join(dir, 'file'), 'w+', 0o600));
  }

  get size(): number {
    return this.written;
  }

  async append(piece: Buffer): Promise<void> {
    await this.handle.write(piece, 0, piece.length, this.written);
    this.written += piece.length;
  }

  /** The bytes again, in pieces of `size` (the last one shorter), each a buffer of its own. */
  async *pieces(size: number): AsyncIterable<Buffer> {
    for (let at = 0; at < this.written; at += size) {
      const piece = Buffer.alloc(Math.min(size, this.written - at));
      const { bytesRead } = await this.handle.read(piece, 0, piece.length, at);
      if (bytesRead !== piece.length) throw new Error(`upload spool: read ${bytesRead} of ${piece.length} bytes at ${at}`);
      yield piece;
    }
  }

  async remove(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}
