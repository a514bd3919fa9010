import { expect, test } from '@playwright/test';
import type { MeetingResponse } from '@samverkan/committee/contract';
import { authHeaders } from './support/agenda';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, logIn } from './support/session';

// Unique per run, so the journey also passes against a database that has seen it before.
const MEETING = `Protokollmöte i Växjö ${Date.now().toString(36)}`;
const YEAR = new Date().getFullYear() + 1;

test.describe('justerat minutes: the log and the PDF', () => {
  test('a committee member opens the log of a justerat meeting and downloads its minutes as a PDF', async ({ page, request }) => {
    // Set up through the API: a meeting chaired by the committee member, justerat by both.
    const committee = await authHeaders(request, DEMO_ACCOUNTS.committee.email);
    const admin = await authHeaders(request, DEMO_ACCOUNTS.admin.email);
    const adminId = ((await (await request.get('/api/auth/me', { headers: admin })).json()) as { id: string }).id;
    const created = await request.post('/api/meetings', {
      headers: committee,
      data: { title: MEETING, startsAt: `${YEAR}-02-10T13:00:00+01:00`, participantIds: [adminId] },
    });
    expect(created.status()).toBe(201);
    const meeting = (await created.json()) as MeetingResponse;
    const other = meeting.items.find((i) => i.kind === 'other');
    expect(
      (
        await request.post(`/api/meetings/${meeting.id}/items/${other?.id}/decision`, {
          headers: committee,
          data: { decisionText: 'Inga övriga frågor.' },
        })
      ).status(),
    ).toBe(200);
    expect(
      (await request.patch(`/api/meetings/${meeting.id}`, { headers: committee, data: { minutesApproverId: adminId } })).status(),
    ).toBe(200);
    expect((await request.post(`/api/meetings/${meeting.id}/minutes/approve`, { headers: committee })).status()).toBe(200);
    expect((await request.post(`/api/meetings/${meeting.id}/minutes/approve`, { headers: admin })).status()).toBe(200);

    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.goto(`/arbetsutskottet/moten/${meeting.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MEETING);
    await expect(page.getByRole('button', { name: `Protokoll (PDF) från ${MEETING}` })).toBeVisible();
    await page.getByRole('link', { name: 'Visa loggen' }).click();

    await expect(page).toHaveURL(`/arbetsutskottet/moten/${meeting.id}/logg`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Logg: ${MEETING}`);
    const rows = page.getByRole('table', { name: 'Mötets logg' }).locator('tbody tr');
    // Newest first: the justering that locked the minutes, by the administrator (the minutes checker).
    await expect(rows.first()).toContainText('Protokollet justerades och låstes');
    await expect(rows.first()).toContainText('Ada Administratör');
    await expect(rows.first()).toContainText(/\d{2}:\d{2}/);
    await expect(rows.filter({ hasText: 'Ett beslut antecknades – Övriga frågor' })).toHaveCount(1);
    await expect(rows.last()).toContainText('Mötet skapades');
    await expectNoAxeViolations(page, "a justerat meeting's log");

    const pdfButton = page.getByRole('button', { name: `Protokoll (PDF) från ${MEETING}` });
    const [download] = await Promise.all([page.waitForEvent('download'), pdfButton.click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^protokoll-protokollmote-i-vaxjo-[a-z0-9-]+-${YEAR}-02-10\\.pdf$`));
    const body = await download.createReadStream().then(
      (stream) =>
        new Promise<Buffer>((resolve, reject) => {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks)));
          stream.on('error', reject);
        }),
    );
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    await expect(page.getByRole('status').filter({ hasText: 'Protokollet är nedladdat' })).toHaveCount(1);
  });

  test('the demo meeting’s log is empty, and its minutes are there as a PDF', async ({ page, request }) => {
    const committee = await authHeaders(request, DEMO_ACCOUNTS.committee.email);
    const meetings = (await (await request.get('/api/meetings', { headers: committee })).json()) as MeetingResponse[];
    const demo = meetings.find((m) => m.title === 'Arbetsutskottets möte' && m.minutesStatus === 'locked') as MeetingResponse;

    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.goto(`/arbetsutskottet/moten/${demo.id}/logg`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logg: Arbetsutskottets möte');
    await expect(page.getByText('Inget har loggats för mötet än.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Protokoll (PDF) från Arbetsutskottets möte' })).toBeVisible();
    await expectNoAxeViolations(page, 'an empty meeting log');
  });
});
