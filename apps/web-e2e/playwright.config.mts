import { defineConfig, devices } from '@playwright/test';
import { nxE2EPreset } from '@nx/playwright/preset';
import { workspaceRoot } from '@nx/devkit';

const port = Number(process.env['E2E_PORT'] ?? 3100);
const baseURL = process.env['BASE_URL'] ?? `http://localhost:${port}`;

/**
 * Browser tests run in Debian's Chromium (Playwright's own browser download does not work here)
 * against the production build served by the API, on a fresh database with demo data
 * (tools/scripts/e2e-server.mjs).
 */
export default defineConfig({
  ...nxE2EPreset(import.meta.dirname, { testDir: './src' }),
  // Per port, so two runs at once (e.g. two developers' checks) do not clean each other's artefacts.
  outputDir: `../../dist/.playwright/apps/web-e2e/test-output-${port}`,
  fullyParallel: false,
  workers: 1,
  // One retry, so a rare timing flake on a loaded CI machine does not sink the run; `npm test` names every
  // test that needed it (flaky) in its summary, from the JSON report, so flakes are seen and fixed, not hidden.
  retries: Number(process.env['E2E_RETRIES'] ?? 1),
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: `../../dist/.playwright/apps/web-e2e/playwright-report-${port}` }],
    ['json', { outputFile: `../../dist/.playwright/apps/web-e2e/results-${port}.json` }],
  ],
  // Journeys take ~16 s on an idle machine; the margin is for a loaded CI machine (2 cores).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  },
  webServer: process.env['BASE_URL']
    ? undefined
    : {
        command: `node tools/scripts/e2e-server.mjs`,
        url: `${baseURL}/api/health`,
        // A server left on the port from something else must not be tested by mistake.
        reuseExistingServer: false,
        cwd: workspaceRoot,
        timeout: 120_000,
        env: { E2E_PORT: String(port) },
        stdout: 'ignore',
        stderr: 'pipe',
      },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
