// Password-reset timing (not a test): the answer's time for an address with an account and for one
// without, alternated one at a time, so a difference would tell an outsider who has an account.
// Run with `npm run bench` (builds first) or `node tools/bench/password-reset.mjs` after `npm run build`.
import { record, startApp } from './lib.mjs';

const ROUNDS = Number(process.env.BENCH_RESET_ROUNDS ?? 400);
const KNOWN = ['admin@demo.samverkan.se', 'utskott@demo.samverkan.se', 'programrad@demo.samverkan.se'];

async function timeReset(base, email) {
  const t0 = performance.now();
  const res = await fetch(`${base}/api/auth/password-reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  await res.arrayBuffer();
  if (res.status !== 202) throw new Error(`password reset: ${res.status}`);
  return performance.now() - t0;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run(shared) {
  const app = shared ?? (await startApp());
  try {
    const known = [];
    const unknown = [];
    // Warm up both paths first (JIT, connection pool, plan cache).
    for (let i = 0; i < 20; i++) {
      await timeReset(app.base, KNOWN[i % KNOWN.length]);
      await timeReset(app.base, `warm${i}@kommun.se`);
    }
    for (let i = 0; i < ROUNDS; i++) {
      known.push(await timeReset(app.base, KNOWN[i % KNOWN.length]));
      unknown.push(await timeReset(app.base, `ingen${i}@kommun.se`));
    }
    const [k, u] = [median(known), median(unknown)];
    console.log(`  password reset: median ${k.toFixed(2)} ms with an account, ${u.toFixed(2)} ms without`);
    record(
      `password reset, median answer time with / without an account (${ROUNDS} each, alternated)`,
      'ratio 0.9–1.1',
      `${k.toFixed(2)} ms / ${u.toFixed(2)} ms`,
      (k / u).toFixed(2),
    );
  } finally {
    if (!shared) await app.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
