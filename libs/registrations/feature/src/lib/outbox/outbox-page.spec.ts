import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { OutboxMessageResponse } from '@samverkan/registrations/contract';
import { registrationsTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { OutboxPage, linkify } from './outbox-page';

const mail: OutboxMessageResponse = {
  id: 'm-1',
  to: 'anna@finspang.se',
  subject: 'Bekräftelse: Industrikommunernas vårkonferens',
  text: 'Hej Anna,\n\nSe, ändra eller avboka din anmälan:\nhttp://localhost:3100/anmalan/tok-1\n\n— Svenska Industrikommuner',
  status: 'stored',
  attempts: 0,
  createdAt: '2027-02-01T10:15:00+01:00',
  sentAt: null,
};

describe('linkify', () => {
  it('splits a text into plain parts and links', () => {
    expect(linkify('Länk: https://a.se/x?y=1 klart')).toEqual([
      { text: 'Länk: ' },
      { text: 'https://a.se/x?y=1', href: 'https://a.se/x?y=1' },
      { text: ' klart' },
    ]);
    expect(linkify('ingen länk')).toEqual([{ text: 'ingen länk' }]);
  });
});

describe('OutboxPage', () => {
  let fixture: ComponentFixture<OutboxPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: registrationsTestProviders() });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OutboxPage);
    TestBed.tick();
  });

  afterEach(() => http.verify());

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;

  it('lists the mails newest first with recipient, time and status, each opening to its text with working links', async () => {
    const request = http.expectOne((req) => req.url === '/api/outbox');
    expect(request.request.params.get('limit')).toBe('100');
    request.flush({ items: [mail], total: 1 });
    await fixture.whenStable();
    const summary = element().querySelector('summary')?.textContent?.replace(/\s+/g, ' ');
    expect(summary).toContain('Bekräftelse: Industrikommunernas vårkonferens');
    expect(summary).toContain('Till anna@finspang.se · måndag 1 februari 2027 10:15 · Sparat (demo)');
    const details = element().querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('a[href="http://localhost:3100/anmalan/tok-1"]')?.textContent).toBe('http://localhost:3100/anmalan/tok-1');
    expect(details.querySelector('.sv-mail__text')?.textContent).toContain('Hej Anna,');
  });

  it('filters by recipient through the API, and says when none match', async () => {
    http.expectOne((req) => req.url === '/api/outbox').flush({ items: [mail], total: 1 });
    await fixture.whenStable();
    const input = element().querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'bo@x.se ';
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 350));
    TestBed.tick();
    const request = http.expectOne((req) => req.url === '/api/outbox');
    expect(request.request.params.get('to')).toBe('bo@x.se');
    request.flush({ items: [], total: 0 });
    await fixture.whenStable();
    expect(element().textContent).toContain('Inga meddelanden till den adressen.');
  });

  it('says when the outbox is empty', async () => {
    http.expectOne((req) => req.url === '/api/outbox').flush({ items: [], total: 0 });
    await fixture.whenStable();
    expect(element().textContent).toContain('Utkorgen är tom.');
  });
});
