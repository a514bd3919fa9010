import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MessageSummary } from '@samverkan/messaging/contract';
import { closeOverlays, useLanguage } from '@samverkan/shared/ui-testing';
import { messagingTestProviders } from '../../testing/fixtures';
import { MessagesPage } from './messages-page';

const ID = '7f0c7a4e-0000-4000-8000-000000000001';
const sent: MessageSummary = {
  id: 'm-1',
  kind: 'reminder',
  subjectSv: 'Påminnelse: {konferens}',
  subjectEn: null,
  filter: { status: 'confirmed' },
  recipients: 120,
  mailed: 118,
  heldBack: 2,
  sentByName: null,
  createdAt: '2027-04-07T09:00:00+02:00',
};

describe('MessagesPage', () => {
  let fixture: ComponentFixture<MessagesPage>;
  let http: HttpTestingController;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      TestBed.tick();
    }
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...messagingTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MessagesPage);
    fixture.componentRef.setInput('id', ID);
    TestBed.tick();
    http.expectOne(`/api/conferences/${ID}`).flush({ id: ID, titleSv: 'Vårkonferensen', titleEn: null });
    http.expectOne(`/api/conferences/${ID}/agenda`).flush({
      rooms: [],
      conflicts: [],
      latestVersion: 1,
      items: [
        { id: 'i-2', titleSv: 'Studiebesök', titleEn: null, signupRequired: true, startsAt: '2027-04-14T13:00:00+02:00' },
        { id: 'i-1', titleSv: 'Verkstad', titleEn: null, signupRequired: true, startsAt: '2027-04-14T10:00:00+02:00' },
        { id: 'i-3', titleSv: 'Lunch', titleEn: null, signupRequired: false, startsAt: '2027-04-14T12:00:00+02:00' },
      ],
    });
    http.expectOne(`/api/conferences/${ID}/messages`).flush([sent]);
    http.expectOne(`/api/conferences/${ID}/reminders`).flush([]);
    await settle();
  });

  afterEach(() => {
    http.verify();
    closeOverlays();
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const buttonNamed = (text: string): HTMLButtonElement | undefined =>
    Array.from(element().querySelectorAll('button')).find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === text);
  const type = (id: string, value: string): void => {
    const field = element().querySelector(`#${id}`) as HTMLInputElement | HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };

  it('lists the sent messages with their counts, and the reminders empty state', () => {
    const row = element().querySelector('table.sv-sent tbody tr')?.textContent?.replace(/\s+/g, ' ');
    expect(row).toContain('Påminnelse: {konferens}');
    expect(row).toContain('Påminnelse');
    expect(row).toContain('120');
    expect(row).toContain('Automatisk');
    expect(element().textContent).toContain('Inga påminnelser är inlagda.');
  });

  it('puts a merge field where the cursor is, in the language of the field', async () => {
    type('message-bodySv', 'Hej !');
    const body = element().querySelector('#message-bodySv') as HTMLTextAreaElement;
    body.dispatchEvent(new Event('focus'));
    body.setSelectionRange(4, 4);
    (element().querySelector('button[aria-label="Lägg in {förnamn}"]') as HTMLButtonElement).click();
    expect(body.value).toBe('Hej {förnamn}!');
    const subjectEn = element().querySelector('#message-subjectEn') as HTMLInputElement;
    subjectEn.dispatchEvent(new Event('focus'));
    await settle();
    // The buttons now show, and are named by, the English field names.
    (element().querySelector('button[aria-label="Lägg in {firstName}"]') as HTMLButtonElement).click();
    expect(subjectEn.value).toBe('{firstName}');
  });

  it('previews first, then sends to the counted people after a confirmation', async () => {
    type('message-subjectSv', 'Hej {förnamn}');
    type('message-bodySv', 'Välkommen!');
    buttonNamed('Förhandsgranska')?.click();
    TestBed.tick();
    const dry = http.expectOne({ method: 'POST', url: `/api/conferences/${ID}/messages` });
    expect(dry.request.body).toEqual({ subjectSv: 'Hej {förnamn}', bodySv: 'Välkommen!', filter: {}, dryRun: true });
    dry.flush({ recipients: 42, preview: { language: 'sv', subject: 'Hej Anna', body: 'Välkommen!\n\n—' } });
    await settle();
    expect(element().querySelector('.sv-preview__count')?.textContent).toContain('42 personer får meddelandet.');
    expect(element().querySelector('.sv-preview__subject')?.textContent).toContain('Hej Anna');

    buttonNamed('Skicka till 42 personer')?.click();
    for (let i = 0; i < 50 && !document.querySelector('mat-dialog-container button'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      TestBed.tick();
    }
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Meddelandet skickas med e-post till 42 personer.');
    (Array.from(dialog.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Skicka') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    const post = http.expectOne({ method: 'POST', url: `/api/conferences/${ID}/messages` });
    expect(post.request.body.dryRun).toBe(false);
    post.flush({ id: 'm-2', recipients: 42 });
    // The list is read again (a pending request: the page is not stable until it is answered).
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      TestBed.tick();
    }
    http.expectOne({ method: 'GET', url: `/api/conferences/${ID}/messages` }).flush([sent]);
    await settle();
    expect(element().querySelector('.sv-status')?.textContent).toContain('Meddelandet skickades till 42 personer.');
    expect(element().querySelector('.sv-preview')).toBeNull();
  });

  it('a change after the preview asks for a new one before sending; the programme item filter lists sign-up items in time order', async () => {
    type('message-subjectSv', 'Hej');
    type('message-bodySv', 'Text');
    buttonNamed('Förhandsgranska')?.click();
    TestBed.tick();
    http.expectOne({ method: 'POST', url: `/api/conferences/${ID}/messages` }).flush({ recipients: 3, preview: null });
    await settle();
    type('message-bodySv', 'Annan text');
    await settle();
    expect(buttonNamed('Skicka till 3 personer')).toBeUndefined();
    expect(element().textContent).toContain('Förhandsgranska igen innan du skickar.');
    expect(fixture.componentInstance['signupItems']().map((i: { id: string }) => i.id)).toEqual(['i-1', 'i-2']);
  });
});
