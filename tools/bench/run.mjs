// `npm run bench`: every benchmark in tools/bench in one go on one app with a throwaway embedded
// database; figures printed and written to docs/benchmarks.md. Never part of `npm test`.
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';
import { results, startApp } from './lib.mjs';
import { run as agenda } from './agenda.mjs';
import { run as calendar } from './calendar.mjs';
import { run as checkIn } from './check-in.mjs';
import { run as lighthouse } from './lighthouse.mjs';
import { run as passwordReset } from './password-reset.mjs';
import { run as proposals } from './proposals.mjs';
import { run as registration } from './registration.mjs';
import { run as coverage } from './coverage.mjs';
import { run as evidence } from './evidence.mjs';
import { run as badges } from './badges.mjs';
import { run as messages } from './messages.mjs';
import { run as documents } from './documents.mjs';

const started = new Date();
const app = await startApp();
try {
  // First, while the database holds only the demo data (later benchmarks add thousands of rows).
  await lighthouse(app);
  await registration(app);
  await passwordReset(app);
  await proposals(app);
  await agenda(app);
  await calendar(app);
  await checkIn(app);
  // Before the coverage benchmark: it removes what it seeded, so the coverage figures keep their history.
  await evidence(app);
  await coverage(app);
  await badges(app);
  await messages(app);
  await documents(app);
} finally {
  await app.stop();
}

const lines = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${started.toISOString().slice(0, 10)}: ${cpus().length} cores, Node ${process.version}, embedded PostgreSQL, ` +
    'the API and the load generator on the same machine. Figures vary with what else the machine is doing. Not part of the test run.',
  '',
  '| figure | target | measured | ratio |',
  '|---|---|---|---|',
  ...results.map((r) => `| ${r.figure} | ${r.target} | ${r.measured} | ${r.ratio} |`),
  '',
];
writeFileSync('docs/benchmarks.md', lines.join('\n'));
console.log('\nWrote docs/benchmarks.md');
