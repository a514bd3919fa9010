import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { MAX_DOCUMENT_BYTES } from '@samverkan/shared/contract';
import { AppError, badRequest } from '@samverkan/shared/api-http';

/** The form of an upload up to its file: the fields sent before it, and the file's bytes as they arrive. */
export interface IncomingUpload {
  fields: Record<string, string>;
  fileName: string;
  file: Readable;
  /** Whether the file went over MAX_DOCUMENT_BYTES (busboy stops passing bytes on then). */
  tooLarge(): boolean;
  /** Discards what is left of the request and waits for its end (at most `ms`, then the request is cut off). */
  finish(ms?: number): Promise<void>;
}

const FIELDS = ['parentType', 'parentId', 'token'];

/**
 * Reads a multipart request as a stream, never as a whole: resolves at the part named `file`, with the
 * fields that came before it (so the parent and the permission are known before any byte is stored).
 * busboy holds the request back while nobody reads the file (back-pressure).
 */
export function receiveUpload(req: IncomingMessage): Promise<IncomingUpload> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      // Keep what the client sent as the name: a path in it is refused, not silently cut off.
      preservePath: true,
      defParamCharset: 'utf8',
      limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: FIELDS.length, fieldSize: 1024, parts: FIELDS.length + 1 },
    });
  } catch {
    return Promise.reject(badRequest('document.bad-upload'));
  }
  const ended = new Promise<void>((resolve) => {
    parser.once('close', resolve);
    parser.once('error', () => resolve());
    req.once('close', () => resolve());
  });
  return new Promise<IncomingUpload>((resolve, reject) => {
    const fields: Record<string, string> = {};
    let found = false;
    let overLimit = false;
    parser.on('field', (name, value) => {
      if (FIELDS.includes(name)) fields[name] = value;
    });
    parser.on('file', (name, file, info) => {
      if (name !== 'file' || found) {
        file.resume();
        return;
      }
      found = true;
      file.once('limit', () => (overLimit = true));
      resolve({
        fields: { ...fields },
        fileName: info.filename ?? '',
        file,
        tooLarge: () => overLimit,
        finish: async (ms = 30_000) => {
          file.resume();
          const timer = new Promise<'late'>((late) => setTimeout(() => late('late'), ms).unref());
          if ((await Promise.race([ended.then(() => 'ended' as const), timer])) === 'late') req.destroy();
        },
      });
    });
    parser.once('close', () => {
      if (!found) reject(badRequest('document.no-file'));
    });
    parser.once('error', (error: unknown) => {
      if (!found) reject(error instanceof AppError ? error : badRequest('document.bad-upload'));
    });
    req.pipe(parser);
  });
}
