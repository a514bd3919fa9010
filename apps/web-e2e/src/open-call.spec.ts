import { expect, test } from '@playwright/test';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import type { CallResponse } from '@samverkan/proposals/contract';
import { authHeaders } from './support/agenda';
import { expectNoAxeViolations } from './support/axe';
import { untilHydrated } from './support/hydration';
import { mailsTo } from './support/mail';
import { DEMO_ACCOUNTS, logIn } from './support/session';

// Unique per run, so the journey also passes against a database that has seen it before.
const suffix = Date.now().toString(36);
const DEMO_CONFERENCE = 'Industrikommunernas vårkonferens';
const DEMO_CALL = 'Upprop: förslag till vårkonferensen';
const ATTACHMENT = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('a visitor sends a proposal with a file to an open call, confirms it through the mailed link, and the council sees both', async ({ page, request, browser }) => {
  // The demo conference's open call (seeded).
  const conferences = (await (await request.get('/api/conferences')).json()) as ConferenceResponse[] | { items: ConferenceResponse[] };
  const conference = (Array.isArray(conferences) ? conferences : conferences.items).find((c) => c.titleSv === DEMO_CONFERENCE) as ConferenceResponse;
  const headers = await authHeaders(request, DEMO_ACCOUNTS.committee.email);
  const calls = (await (await request.get(`/api/conferences/${conference.id}/calls`, { headers })).json()) as CallResponse[];
  const call = calls.find((c) => c.titleSv === DEMO_CALL) as CallResponse;
  expect(call.open).toBe(true);

  // The public page, rendered on the server, names the call.
  await page.goto(`/upprop/${call.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_CALL);
  await expect(page).toHaveTitle(`${DEMO_CALL} – Samverkan`);
  await untilHydrated(page);
  await expectNoAxeViolations(page, 'the open call with its form');

  // Sent without a focus area: the form says so and sends nothing.
  const email = `vera-${suffix}@gnosjo.se`;
  const title = `Lärlingar i småindustrin ${suffix}`;
  await page.getByLabel('Ditt namn').fill('Vera Besökare');
  await page.getByLabel('Organisation', { exact: true }).fill('Gnosjö kommun');
  await page.getByLabel('E-post', { exact: true }).fill(email);
  await page.getByLabel('Förslagets titel').fill(title);
  await page.getByLabel('Sammanfattning').fill('Hur små industrikommuner bygger lärlingsprogram tillsammans med företagen.');
  await page.getByRole('radio', { name: 'Ett tema för konferensen' }).check();
  await page.getByRole('button', { name: 'Skicka förslaget' }).click();
  await expect(page.getByText('Välj minst ett fokusområde.')).toBeVisible();
  await expectNoAxeViolations(page, 'the form with an error');

  await page.getByRole('group', { name: 'Vilka fokusområden gäller förslaget?' }).getByRole('checkbox').first().check();
  await page.getByLabel('Bilaga (frivillig, en fil)').setInputFiles({ name: 'Lärlingar – underlag.pdf', mimeType: 'application/pdf', buffer: ATTACHMENT });
  await page.getByRole('button', { name: 'Skicka förslaget' }).click();
  await expect(page.getByRole('heading', { name: 'Kontrollera din e-post' })).toBeVisible();
  await expect(page.getByText(`Vi har skickat en länk till ${email}`)).toBeVisible();
  await expect(page.getByText('Bilagan är uppladdad.')).toBeVisible();
  await expectNoAxeViolations(page, 'the check-your-e-mail state');

  // The mailed link confirms it.
  let path: string | undefined;
  await expect
    .poll(async () => {
      path = (await mailsTo(request, email))[0]?.text.match(/\/upprop\/bekrafta\/[A-Za-z0-9_-]{43}/)?.[0];
      return path;
    })
    .toBeTruthy();
  await page.goto(path as string);
  await expect(page.getByRole('status')).toContainText(`Ditt förslag ”${title}” till ”${DEMO_CALL}” är bekräftat.`);
  await expectNoAxeViolations(page, 'the confirmation');

  // A council member finds it among the call's proposals.
  const councilContext = await browser.newContext();
  const council = await councilContext.newPage();
  await logIn(council, DEMO_ACCOUNTS.council);
  // From the menu: the calls, open ones first, then the call's submissions.
  await council.getByRole('navigation').getByRole('link', { name: 'Upprop' }).click();
  await expect(council.getByRole('heading', { level: 1 })).toHaveText('Upprop');
  await expectNoAxeViolations(council, "the council's calls");
  await council.locator(`[data-call="${call.id}"]`).getByRole('link', { name: DEMO_CALL }).click();
  await expect(council).toHaveURL(new RegExp(`/programradet/upprop/${call.id}$`));
  const submission = council.getByRole('article').filter({ hasText: title });
  await expect(submission).toBeVisible();
  await expect(submission).toContainText('Vera Besökare, Gnosjö kommun');
  await expect(submission).toContainText('Väntar på beslut');
  // With the file sent along, which the council opens.
  const attachment = submission.getByRole('link', { name: 'Lärlingar – underlag.pdf' });
  await expect(attachment).toBeVisible();
  const download = council.waitForEvent('download');
  await attachment.click();
  expect((await download).suggestedFilename()).toBe('Lärlingar – underlag.pdf');
  await expectNoAxeViolations(council, "the council's proposals from the call");
  await councilContext.close();
});
