// `npm run bench`: every benchmark in tools/bench in one go; figures printed and written to docs/benchmarks.md.
import { writeFileSync } from 'node:fs';
import { results } from './lib.mjs';
import { run as registration } from './registration.mjs';

const started = new Date();
await registration();

const lines = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${started.toISOString().slice(0, 10)} (${process.platform}, Node ${process.version}, embedded PostgreSQL). Not part of the test run.`,
  '',
  '| figure | target | measured | ratio |',
  '|---|---|---|---|',
  ...results.map((r) => `| ${r.figure} | ${r.target} | ${r.measured} | ${r.ratio} |`),
  '',
];
writeFileSync('docs/benchmarks.md', lines.join('\n'));
console.log('\nWrote docs/benchmarks.md');
