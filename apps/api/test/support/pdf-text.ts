import { execFile } from 'node:child_process';
import type { Test } from 'supertest';

const PDF_PARSE = require.resolve('pdf-parse');

// pdf-parse (pdf.js) loads its worker with a dynamic import, which Jest's module sandbox refuses; a plain
// Node process does it, so the text is extracted in one.
const SCRIPT = `
const { PDFParse } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: Buffer.concat(chunks) });
  const { text } = await parser.getText();
  await parser.destroy();
  process.stdout.write(text);
});`;

/** The text of a PDF as pdf-parse extracts it (lines in reading order, pages joined). */
export function pdfToText(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', SCRIPT, PDF_PARSE], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`pdf-parse failed: ${error.message} ${stderr}`)) : resolve(stdout),
    );
    child.stdin?.end(pdf);
  });
}

/** The request's body as bytes, whatever its type. */
export const bytes = (req: Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

/** A 200 PDF answer's extracted text and headers (fails the test on another status or type). */
export async function pdfText(req: Test): Promise<{ text: string; headers: Record<string, string> }> {
  const res = await bytes(req);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  const body = res.body as Buffer;
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  return { text: await pdfToText(body), headers: res.headers };
}
