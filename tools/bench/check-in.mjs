// Check-in benchmark (not a test): 10 doors checking people in at once by their QR codes, distinct codes
// and some repeats (a person scanned twice), against the 50 ms target per check-in.
// Run with `npm run bench` (builds first) or `node tools/bench/check-in.mjs` after `npm run build`.
import { fmt, load, login, record, startApp, stats } from './lib.mjs';

const PEOPLE = Number(process.env.BENCH_CHECK_INS ?? 600);
const DOORS = 10;
const TARGET_MS = 50;

async function json(response) {
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
}

async function conferenceWithPeople(base, bearer) {
  const start = new Date(Date.now() + 45 * 86_400_000);
  const created = await json(
    await fetch(`${base}/api/conferences`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: bearer },
      body: JSON.stringify({
        titleSv: 'Incheckningsbenchmark',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 86_400_000).toISOString(),
        capacity: PEOPLE,
        focusAreaCodes: ['skills'],
      }),
    }),
  );
  await json(await fetch(`${base}/api/conferences/${created.id}/publish`, { method: 'POST', headers: { authorization: bearer } }));
  const codes = new Array(PEOPLE);
  await load(PEOPLE, DOORS, async (i) => {
    const registration = await json(
      await fetch(`${base}/api/conferences/${created.id}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          firstName: `Person${i}`,
          lastName: 'Dörrsson',
          email: `door${i}.${created.id.slice(0, 8)}@kommun.se`,
          organisationName: 'Finspångs kommun',
          organisationType: 'municipality',
          consent: true,
        }),
      }),
    );
    codes[i] = (await json(await fetch(`${base}/api/registrations/${registration.manageToken}`))).checkInCode;
  });
  return { id: created.id, codes };
}

export async function run(app) {
  console.log(`\nCheck-in at the door: ${DOORS} doors, ${PEOPLE} people, then ${PEOPLE / 4} repeat scans`);
  const bearer = await login(app.base, 'utskott@demo.samverkan.se');
  const { id, codes } = await conferenceWithPeople(app.base, bearer);
  const scan = async (code) => {
    const response = await fetch(`${app.base}/api/conferences/${id}/check-ins`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: bearer },
      body: JSON.stringify({ code }),
    });
    if (response.status !== 200) throw new Error(`check-in: ${response.status} ${await response.text()}`);
    return response.json();
  };

  let fresh = 0;
  const first = stats(
    await load(PEOPLE, DOORS, async (i) => {
      if (!(await scan(codes[i])).alreadyCheckedIn) fresh++;
    }),
  );
  let repeatsSaidAlready = 0;
  const repeats = stats(
    await load(PEOPLE / 4, DOORS, async (i) => {
      if ((await scan(codes[i * 4])).alreadyCheckedIn) repeatsSaidAlready++;
    }),
  );
  const summary = await json(await fetch(`${app.base}/api/conferences/${id}/check-ins/summary`, { headers: { authorization: bearer } }));
  console.log(`  first scans: ${fmt(first)}; ${fresh} checked in`);
  console.log(`  repeat scans: ${fmt(repeats)}; ${repeatsSaidAlready} answered "already checked in"`);
  console.log(`  summary: ${summary.checkedIn} of ${summary.confirmed} checked in`);
  if (fresh !== PEOPLE || repeatsSaidAlready !== PEOPLE / 4 || summary.checkedIn !== PEOPLE) {
    throw new Error('check-in benchmark: the counts do not add up');
  }
  record(`Check-in by code, ${DOORS} doors at once, p50 / p95`, `< ${TARGET_MS} ms`, `${first.p50.toFixed(1)} / ${first.p95.toFixed(1)} ms`, `${(first.p95 / TARGET_MS).toFixed(2)}`);
  record(
    `Repeat scan (already checked in), ${DOORS} doors, p50 / p95`,
    `< ${TARGET_MS} ms`,
    `${repeats.p50.toFixed(1)} / ${repeats.p95.toFixed(1)} ms`,
    `${(repeats.p95 / TARGET_MS).toFixed(2)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const app = await startApp();
  try {
    await run(app);
  } finally {
    await app.stop();
  }
}
