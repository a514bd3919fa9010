import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, logIn } from './support/session';

// Unique per run, so the journey also passes against a database that has seen it before.
const MEETING = `Möte med underlag ${Date.now().toString(36)}`;
const DATE = `${new Date().getFullYear() + 1}-10-12`;
const PAPER = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test.describe('documents', () => {
  test('a committee member attaches a background paper to an agenda item and opens it from the meeting page', async ({ page }) => {
    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.goto('/arbetsutskottet/moten/nytt');
    await page.getByLabel('Rubrik').fill(MEETING);
    await page.getByLabel('Datum').fill(DATE);
    await page.getByLabel('Börjar').fill('09:00');
    await page.getByRole('button', { name: 'Skapa möte' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MEETING);

    // The first agenda item's files: none yet.
    const files = page.locator('sv-documents').first();
    await expect(files.getByRole('heading', { name: /^Filer till / })).toBeVisible();
    await expect(files.getByText('Inga filer ännu.')).toBeVisible();
    await expectNoAxeViolations(page, 'the meeting with its agenda items’ files');

    await files.locator('input[type=file]').setInputFiles({ name: 'Bakgrund till mötet.pdf', mimeType: 'application/pdf', buffer: PAPER });
    await expect(files.locator('p.sv-documents__status')).toHaveText('Bakgrund till mötet.pdf är uppladdad.');
    const link = files.getByRole('link', { name: 'Bakgrund till mötet.pdf' });
    await expect(link).toBeVisible();
    await expect(files.getByText('PDF, 77 B')).toBeVisible();
    await expectNoAxeViolations(page, 'the agenda item with its file');

    // Kept: still there after a reload, and opening it gives the same bytes as the sniffed type.
    await page.reload();
    const answer = page.waitForResponse((res) => /\/api\/documents\/[0-9a-f-]{36}$/.test(res.url()));
    const download = page.waitForEvent('download');
    await page.locator('sv-documents').first().getByRole('link', { name: 'Bakgrund till mötet.pdf' }).click();
    const res = await answer;
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    // The browser saves what the API sent: the same bytes, under the file's name.
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('Bakgrund till mötet.pdf');
    expect(Buffer.compare(readFileSync(await saved.path()), PAPER)).toBe(0);
  });
});
