// Documents benchmark (not a test): upload and download of a 20 MB PDF through /api/documents, in MB/s,
// with the API process's peak resident memory (VmHWM) before and after: the file is streamed in 256 kB
// chunks both ways, so the peak should not grow by anything like the file's size. Run with
// `npm run bench`, or alone after `npm run build`: `node tools/bench/documents.mjs`.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { login, record, startApp } from './lib.mjs';

const MB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_DOCUMENT_MB ?? 20) * MB;
const ROUNDS = Number(process.env.BENCH_DOCUMENT_ROUNDS ?? 3);

/** Peak resident set of a process in MB (Linux), or null elsewhere. */
function peakMb(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
    return line ? Number(line[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export async function run(shared) {
  console.log('Documents benchmark');
  const app = shared ?? (await startApp({ port: Number(process.env.BENCH_PORT ?? 3340), pgPort: Number(process.env.BENCH_PG_PORT ?? 54470) }));
  try {
    const bearer = await login(app.base, 'utskott@demo.samverkan.se');
    const json = { authorization: bearer, 'content-type': 'application/json' };
    const meeting = await (
      await fetch(`${app.base}/api/meetings`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ title: 'Benchmark', startsAt: new Date(Date.now() + 86_400_000).toISOString(), participantIds: [] }),
      })
    ).json();
    const withItem = await (
      await fetch(`${app.base}/api/meetings/${meeting.id}/items`, { method: 'POST', headers: json, body: JSON.stringify({ kind: 'other', title: 'Underlag' }) })
    ).json();
    const itemId = withItem.items?.at(-1)?.id;
    if (!itemId) throw new Error(`meeting item: ${JSON.stringify(withItem)}`);
    const file = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(SIZE - 16), Buffer.from('\n%%EOF\n')]);
    const before = peakMb(app.pid);
    const uploads = [];
    const downloads = [];
    for (let i = 0; i < ROUNDS; i++) {
      const form = new FormData();
      form.append('parentType', 'meeting-item');
      form.append('parentId', itemId);
      form.append('file', new Blob([file], { type: 'application/pdf' }), `underlag-${i}.pdf`);
      let t0 = performance.now();
      const res = await fetch(`${app.base}/api/documents`, { method: 'POST', headers: { authorization: bearer }, body: form });
      const stored = await res.json();
      if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(stored)}`);
      uploads.push(SIZE / MB / ((performance.now() - t0) / 1000));
      t0 = performance.now();
      const got = await fetch(`${app.base}/api/documents/${stored.id}`, { headers: { authorization: bearer } });
      const body = Buffer.from(await got.arrayBuffer());
      if (got.status !== 200 || !body.equals(file)) throw new Error(`download: ${got.status}, ${body.length} bytes`);
      downloads.push(SIZE / MB / ((performance.now() - t0) / 1000));
    }
    const after = peakMb(app.pid);
    const best = (list) => Math.max(...list).toFixed(0);
    const memory = before === null ? 'VmHWM not available' : `API peak RSS ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after`;
    console.log(`  upload ${uploads.map((v) => v.toFixed(0)).join(', ')} MB/s; download ${downloads.map((v) => v.toFixed(0)).join(', ')} MB/s; ${memory}`);
    record(`POST /api/documents, a 20 MB PDF (best of ${ROUNDS})`, 'streamed, peak memory not growing by the file size', `${best(uploads)} MB/s; ${memory}`);
    record(`GET /api/documents/:id, 20 MB (best of ${ROUNDS})`, 'streamed', `${best(downloads)} MB/s`);
  } finally {
    if (!shared) await app.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
