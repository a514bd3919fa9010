// Lighthouse (mobile preset, the default config: a mid-range phone on a slow 4G link, simulated) on
// the public pages of the local production build, in Debian's Chromium. Not a test: `npm run bench`,
// or alone after `npm run build`. Targets: performance >= 90, CLS <= 0.1; SEO, accessibility and
// best practices 100 (the audits that miss are named).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { record, startApp } from './lib.mjs';

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function run(shared) {
  console.log('Lighthouse, public pages (mobile)');
  const app = shared ?? (await startApp());
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
  try {
    const conferences = await (await fetch(`${app.base}/api/conferences`)).json();
    const demo = conferences.find((c) => c.titleSv.startsWith('Industrikommunernas')) ?? conferences[0];
    const programme = await (await fetch(`${app.base}/api/conferences/${demo.id}/programme`)).json();
    // An open call is in the sitemap while it is open (the demo has one).
    const sitemap = await (await fetch(`${app.base}/sitemap.xml`)).text();
    const call = /\/upprop\/[0-9a-f-]{36}/.exec(sitemap)?.[0];
    const pages = [
      ['start page', '/'],
      ['conference list', '/konferenser'],
      ['conference page', `/konferenser/${demo.slug ?? demo.id}`],
      ['programme', `/konferenser/${demo.slug ?? demo.id}/program`],
      ['programme item', `/program/punkt/${programme.items[0].id}`],
      ['registration form', `/konferenser/${demo.slug ?? demo.id}/anmalan`],
      // The same page as the server sends it, with every script blocked: what no hydration design can
      // beat (ADR 0006, "Registration form"). Its own parsing, styles and layout are the floor.
      ['registration form, no scripts', `/konferenser/${demo.slug ?? demo.id}/anmalan`, { blockedUrlPatterns: ['*.js'] }],
      ...(call ? [['open call', call]] : []),
      ...(process.env.LIGHTHOUSE_EXTRA_PAGES ?? '')
        .split(',')
        .filter(Boolean)
        .map((path) => [path, path]),
    ];
    for (const [name, path, flags = {}] of pages) {
      const { lhr } = await lighthouse(`${app.base}${path}`, {
        ...flags,
        port: chrome.port,
        output: 'json',
        onlyCategories: ['performance', 'seo', 'accessibility', 'best-practices'],
        logLevel: 'error',
      });
      const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
      const cls = lhr.audits['cumulative-layout-shift'].numericValue;
      const lcp = lhr.audits['largest-contentful-paint'].numericValue;
      const tbt = lhr.audits['total-blocking-time'].numericValue;
      const other = ['seo', 'accessibility', 'best-practices'].map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)]);
      const missed = ['seo', 'accessibility', 'best-practices'].flatMap((id) =>
        lhr.categories[id].auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
          .map((ref) => `${id}: ${ref.id}`),
      );
      console.log(
        `  ${name.padEnd(18)} performance ${score}, CLS ${cls.toFixed(3)}, LCP ${(lcp / 1000).toFixed(2)} s, TBT ${tbt.toFixed(0)} ms; ` +
          other.map(([id, value]) => `${id} ${value}`).join(', ') +
          (missed.length ? ` (missed: ${missed.join(', ')})` : ''),
      );
      record(
        `Lighthouse mobile: ${name}, SEO / accessibility / best practices`,
        '100 / 100 / 100',
        other.map(([, value]) => value).join(' / '),
      );
      record(
        `Lighthouse mobile: ${name}`,
        'performance >= 90, CLS <= 0.1',
        `performance ${score}, CLS ${cls.toFixed(3)}, LCP ${(lcp / 1000).toFixed(2)} s, TBT ${tbt.toFixed(0)} ms`,
      );
    }
  } finally {
    await chrome.kill();
    if (!shared) await app.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
