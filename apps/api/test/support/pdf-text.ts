import { execFile } from 'node:child_process';

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
