import { expect, test } from '@playwright/test';
import type { SpeakerResponse } from '@samverkan/agenda/contract';
import { agendaAdmin, authHeaders, publishedConference } from './support/agenda';
import { expectNoAxeViolations } from './support/axe';
import { mailsTo } from './support/mail';
import { DEMO_ACCOUNTS, logIn } from './support/session';

// Unique per run, so the journey also passes against a database that has seen it before.
const suffix = Date.now().toString(36);
const year = new Date().getFullYear() + 1;
const DAYS: [string, string] = [`${year}-10-13`, `${year}-10-14`];
const PHOTO = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de', 'hex');
const SLIDES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test.describe('speakers: the register, the picker, the invitation and the public page', () => {
  test('staff pick a register speaker for an item and invite them; the speaker confirms with a biography and uploads slides; the item page shows both', async ({
    page,
    request,
  }) => {
    test.slow();
    await page.setViewportSize({ width: 1440, height: 1200 });
    const title = `Talarkonferens ${suffix}`;
    const conference = await publishedConference(request, title, DAYS);
    const admin = await agendaAdmin(request, conference.id);
    const room = await admin.room('Sal A', 60);
    const itemTitle = `Vätgasens möjligheter ${suffix}`;
    const item = await admin.item({
      titleSv: itemTitle,
      type: 'seminar',
      startsAt: `${DAYS[0]}T10:00:00+02:00`,
      endsAt: `${DAYS[0]}T11:00:00+02:00`,
      roomId: room.id,
    });
    const speakerName = `Sara Solberg ${suffix}`;
    const email = `sara.solberg.${suffix}@example.se`;
    const created = await request.post('/api/speakers', {
      headers: await authHeaders(request, DEMO_ACCOUNTS.committee.email),
      data: { name: speakerName, organisation: 'Solkraft AB', email },
    });
    expect(created.status()).toBe(201);
    expect(((await created.json()) as SpeakerResponse).name).toBe(speakerName);

    // The picker: typing searches the register, and the register's entry is offered.
    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.goto(`/arbetsutskottet/konferenser/${conference.id}/program`);
    await page.getByRole('button', { name: new RegExp(itemTitle) }).first().click();
    await page.getByRole('region', { name: /Vald programpunkt|Selected/ }).getByRole('button', { name: 'Ändra', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: 'Ändra programpunkt' })).toBeVisible();
    const search = dialog.getByRole('combobox', { name: 'Medverkande' });
    const searched = page.waitForRequest((r) => r.url().includes('/api/speakers') && r.url().includes('q=Sara'));
    await search.fill(`Sara Solberg ${suffix}`.slice(0, 12));
    await searched;
    const option = page.getByRole('option', { name: new RegExp(`${speakerName}.*Solkraft AB`) });
    await expect(option).toBeVisible();
    await expectNoAxeViolations(page, 'speaker picker with options');
    await option.click();
    await expect(dialog.locator(`[data-speaker-chip="${speakerName}"]`)).toBeVisible();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog).toHaveCount(0);

    // Reopened, the item lists the speaker as not invited, with a button to invite them.
    await page.getByRole('region', { name: /Vald programpunkt|Selected/ }).getByRole('button', { name: 'Ändra', exact: true }).click();
    const invitations = page.getByRole('dialog').getByRole('region', { name: 'Inbjudningar' });
    const row = invitations.locator(`[data-invitation="${speakerName}"]`);
    await expect(row.locator('[data-invitation-status]')).toHaveText('Inte inbjuden');
    await row.getByRole('button', { name: new RegExp(`Skicka inbjudan ${speakerName}`) }).click();
    await expect(invitations.getByRole('status')).toHaveText(`Inbjudan skickad till ${email}.`);
    await expect(row.locator('[data-invitation-status]')).toHaveText('Inbjuden, inget svar än');
    await expectNoAxeViolations(page, 'item dialog with invitations');
    await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();

    // The speaker follows the mailed link and confirms with a biography.
    let path = '';
    await expect
      .poll(async () => {
        path = (await mailsTo(request, email))[0]?.text.match(/\/talare\/[A-Za-z0-9_-]{43}/)?.[0] ?? '';
        return path;
      })
      .toBeTruthy();
    await page.context().clearCookies();
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Välkommen, ${speakerName}`);
    await expect(page.locator('[data-invitation-item]')).toHaveText(itemTitle);
    await expectNoAxeViolations(page, 'invitation page');
    await page.getByRole('radio', { name: 'Ja, jag medverkar' }).check();
    await page.getByLabel('Titel eller roll').fill('Vätgasstrateg');
    await page.getByLabel('Presentation på svenska').fill('Sara arbetar med vätgas i industrin.');
    await page.getByLabel('Presentation på engelska').fill('Sara works with hydrogen in industry.');
    await expectNoAxeViolations(page, 'invitation page, confirming');
    await page.getByRole('button', { name: 'Skicka svar' }).click();
    await expect(page.locator('[data-invitation-saved]')).toHaveText('Tack! Ditt ja och din presentation är sparade.');
    await expect(page.locator('[data-invitation-status]')).toHaveText('Du har tackat ja');

    // The speaker uploads slides through the same link, without an account.
    const slides = page.locator('[data-speaker-slides]');
    await expect(slides.getByRole('heading', { name: 'Presentationsbilder' })).toBeVisible();
    await expect(slides).toContainText('Inga filer ännu.');
    await slides.locator('input[type=file]').setInputFiles({ name: 'Vätgas i industrin.pdf', mimeType: 'application/pdf', buffer: SLIDES });
    await expect(slides.getByRole('status').filter({ hasText: 'uppladdad' })).toHaveText('Vätgas i industrin.pdf är uppladdad.');
    await expect(slides.getByRole('link', { name: 'Vätgas i industrin.pdf' })).toBeVisible();
    await expectNoAxeViolations(page, 'invitation page with uploaded slides');

    // Published, the item's own page shows the speaker's biography and slides, and no e-mail address.
    await admin.publish();
    await page.goto(`/program/punkt/${item.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(itemTitle);
    const bio = page.locator('[data-speaker-bio]');
    await expect(bio.getByRole('heading', { level: 3 })).toHaveText(`${speakerName}, Vätgasstrateg, Solkraft AB`);
    await expect(bio.getByRole('paragraph')).toHaveText('Sara arbetar med vätgas i industrin.');
    await expect(page.getByRole('main')).not.toContainText(email);
    const files = page.locator('sv-documents');
    await expect(files.getByRole('heading', { level: 2 })).toHaveText('Presentationer och filer');
    const link = files.getByRole('link', { name: 'Vätgas i industrin.pdf' });
    await expect(link).toBeVisible();
    await expect(files.getByRole('button')).toHaveCount(0);
    const download = page.waitForEvent('download');
    await link.click();
    expect((await download).suggestedFilename()).toBe('Vätgas i industrin.pdf');
    await expectNoAxeViolations(page, 'public item page with a biography and slides');
  });
});

test.describe('speakers: the register page', () => {
  test('staff add a new speaker from the picker, then find, edit and merge entries in the register', async ({ page, request }) => {
    test.slow();
    await page.setViewportSize({ width: 1440, height: 1200 });
    const conference = await publishedConference(request, `Registerkonferens ${suffix}`, DAYS);
    const admin = await agendaAdmin(request, conference.id);
    const room = await admin.room('Sal A', 60);
    const itemTitle = `Elnätet ${suffix}`;
    await admin.item({ titleSv: itemTitle, type: 'seminar', startsAt: `${DAYS[0]}T13:00:00+02:00`, endsAt: `${DAYS[0]}T14:00:00+02:00`, roomId: room.id });
    const headers = await authHeaders(request, DEMO_ACCOUNTS.committee.email);
    const kept = `Per Nordin ${suffix}`;
    expect((await request.post('/api/speakers', { headers, data: { name: kept, organisation: 'Trafikverket' } })).status()).toBe(201);

    // A name the register does not have (another spelling of the same person): the picker offers to add it.
    await logIn(page, DEMO_ACCOUNTS.committee);
    await page.goto(`/arbetsutskottet/konferenser/${conference.id}/program`);
    await page.getByRole('button', { name: new RegExp(itemTitle) }).first().click();
    await page.getByRole('region', { name: 'Vald programpunkt' }).getByRole('button', { name: 'Ändra', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const duplicate = `P.  Nordin ${suffix}`;
    await dialog.getByRole('combobox', { name: 'Medverkande' }).fill(duplicate);
    await page.getByRole('option', { name: `Lägg till ”P. Nordin ${suffix}” som ny talare` }).click();
    await expect(dialog.locator(`[data-speaker-chip="P. Nordin ${suffix}"]`)).toBeVisible();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog).toHaveCount(0);

    // The register: both spellings are there; edit one, then merge the new one into it.
    await page.goto('/arbetsutskottet/program');
    await page.getByRole('link', { name: 'Talarregistret' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Talarregistret');
    await page.getByLabel('Sök på namn eller organisation').fill(`nordin ${suffix}`);
    await expect(page.locator('[data-speaker-row]')).toHaveCount(2);
    await expectNoAxeViolations(page, 'speaker register');
    await page.getByRole('button', { name: `Ändra ${kept}` }).click();
    await expect(page.getByRole('heading', { name: 'Ändra talare' })).toBeFocused();
    await page.getByLabel('E-post').fill(`per.nordin.${suffix}@example.se`);
    // A photo goes with the entry.
    const photo = page.locator('sv-documents');
    await expect(photo.getByRole('heading', { name: 'Foto och filer' })).toBeVisible();
    await photo.locator('input[type=file]').setInputFiles({ name: 'per.png', mimeType: 'image/png', buffer: PHOTO });
    await expect(photo.getByRole('link', { name: 'per.png' })).toBeVisible();
    await expectNoAxeViolations(page, 'speaker register, editing');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByRole('status').first()).toHaveText('Sparat.');
    await expect(page.locator(`[data-speaker-row="${kept}"]`)).toContainText(`per.nordin.${suffix}@example.se`);

    await page.getByRole('button', { name: `Slå ihop P. Nordin ${suffix} med en annan post` }).click();
    // By keyboard: the field's floating label lies over the closed select.
    await page.getByRole('combobox', { name: 'Posten som finns kvar' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: `${kept}, Trafikverket` }).click();
    await expectNoAxeViolations(page, 'speaker register, merging');
    await page.getByRole('button', { name: 'Slå ihop', exact: true }).click();
    await expect(page.getByRole('status').first()).toHaveText('Posterna är ihopslagna.');
    await expect(page.locator('[data-speaker-row]')).toHaveCount(1);
    await expect(page.locator(`[data-speaker-row="${kept}"]`)).toContainText('1 programpunkt');
  });
});
