// Shared helpers for the benchmarks: start the built API on a throwaway embedded database, time things.
import http from 'node:http';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// BENCH_PORT / BENCH_PG_PORT move the throwaway app off the defaults, e.g. when two people bench on one machine.
/**
 * Node's fetch keeps idle connections for reuse; the server closes them after its keep-alive timeout
 * (5 s), and a request sent on one at that moment fails with "other side closed" (seen after the long
 * wrk runs). The benchmarks' set-up requests are sent once more on a fresh connection when that
 * happens: a property of the client's pool, not an answer from the server.
 */
const plainFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  try {
    return await plainFetch(input, init);
  } catch (error) {
    if (error?.cause?.code !== 'UND_ERR_SOCKET') throw error;
    return plainFetch(input, init);
  }
};

export async function startApp({
  port = Number(process.env.BENCH_PORT ?? 3300),
  pgPort = Number(process.env.BENCH_PG_PORT ?? 54369),
} = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-bench-'));
  chmodSync(dataDir, 0o755);
  const child = spawn(process.execPath, [...(process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean), 'dist/apps/api/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      // One worker unless BENCH_WORKERS says otherwise (the registration benchmark reports both).
      WORKERS: process.env.BENCH_WORKERS ?? '1',
      DATABASE_URL: '',
      RETENTION_DAYS: '90',
      // The benchmarks send tens of thousands of registrations from one address: measure the app, not the limiter.
      RATE_LIMIT_PER_ADDRESS: '1000000',
      // The password-reset benchmark asks for hundreds of links for three accounts.
      RATE_LIMIT_PER_SUBJECT: '10000',
      MAIL_LIMIT_PER_RECIPIENT: '10000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let i = 0; i < 120; i++) {
    if (exited) throw new Error('The API exited during start-up (see above).');
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await sleep(500);
  }
  return {
    base,
    /** The API process, e.g. to read its memory from /proc. */
    pid: child.pid,
    databaseUrl: `postgres://samverkan:samverkan-local@127.0.0.1:${pgPort}/samverkan`,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function login(base, email = 'admin@demo.samverkan.se') {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'samverkan-demo' }),
  });
  return `Bearer ${(await res.json()).accessToken}`;
}

/** Runs `task(i)` `total` times with `concurrency` workers; returns latencies (ms) and the wall time. */
export async function load(total, concurrency, task) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        const i = next++;
        if (i >= total) return;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

export function stats({ latencies, seconds }) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { count: sorted.length, throughput: sorted.length / seconds, p50: at(50), p95: at(95), p99: at(99) };
}

export function fmt(s) {
  return `${s.count} ops, ${s.throughput.toFixed(0)}/s, p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms`;
}

/** Lines for docs/benchmarks.md: figure | target | measured | ratio. */
export const results = [];
export function record(figure, target, measured, ratio = '') {
  results.push({ figure, target, measured, ratio });
  console.log(`  ${figure}: ${measured}${ratio ? ` (ratio ${ratio})` : ''}  [target ${target}]`);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
/**
 * GET with Node's http client: the body is read as it comes over the wire (not unpacked), so a load
 * generator on the same two cores spends its time sending requests, not gunzipping answers, and the
 * figure is the server's. Resolves with the status and the number of bytes received.
 */
export function getRaw(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** wrk's Lua hook: one JSON line with the figures, latencies in ms. */
const WRK_REPORT = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK {"requests":%d,"micros":%d,"p50":%.3f,"p95":%.3f,"p99":%.3f,"errors":%d,"non2xx":%d,"bytes":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout, e.status, summary.bytes))
end`;

/** wrk, from Debian's packages (apt-get install wrk), if this machine has it. */
export const hasWrk = () => existsSync('/usr/bin/wrk') || spawnSync('sh', ['-c', 'command -v wrk']).status === 0;

/**
 * A fixed number of keep-alive clients for `seconds`, with wrk: a load generator written in C on one
 * thread, so far less of the two shared cores goes to making the load than with a Node generator, and
 * the figure is closer to the server's own. Every answer must be 2xx.
 */
export function wrk(url, { connections, seconds = 10, headers = {}, lua = '' }) {
  const script = join(tmpdir(), 'samverkan-wrk-report.lua');
  // `lua`: more of the script, e.g. a `request` function that makes every request different.
  writeFileSync(script, `${lua}\n${WRK_REPORT}`);
  const args = ['-t', '1', '-c', String(connections), '-d', `${seconds}s`, '-s', script];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  const run = spawnSync('wrk', [...args, url], { encoding: 'utf8' });
  const line = run.stdout?.split('\n').find((l) => l.startsWith('WRK '));
  if (!line) throw new Error(`wrk: ${run.stderr || run.stdout || run.error}`);
  const r = JSON.parse(line.slice(4));
  if (r.errors || r.non2xx) throw new Error(`wrk: ${r.errors} socket errors, ${r.non2xx} non-2xx answers`);
  return { count: r.requests, throughput: r.requests / (r.micros / 1e6), p50: r.p50, p95: r.p95, p99: r.p99, bytes: r.bytes / r.requests };
}

/**
 * Seats for registrations inserted set-based as confirmed (ADR 0009: a confirmed registration holds a
 * seat row): seats 1..n in e-mail order. The conference's capacity must cover them.
 */
export async function seatConfirmed(db, conferenceId) {
  await db.query(
    `UPDATE conference_seats s SET registration_id = r.id
       FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM registrations WHERE conference_id = $1 AND status = 'confirmed') r
      WHERE s.conference_id = $1 AND s.seat_no = r.n`,
    [conferenceId],
  );
}
