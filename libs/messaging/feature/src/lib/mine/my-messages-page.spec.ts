import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { messagingTestProviders } from '../../testing/fixtures';
import { MyMessagesPage } from './my-messages-page';

describe('MyMessagesPage', () => {
  let fixture: ComponentFixture<MyMessagesPage>;
  let http: HttpTestingController;

  async function open(language: 'sv' | 'en'): Promise<void> {
    TestBed.configureTestingModule({ providers: [...messagingTestProviders(), provideRouter([])] });
    await useLanguage(language);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MyMessagesPage);
    fixture.componentRef.setInput('token', 'tok-1');
    TestBed.tick();
  }

  afterEach(() => http.verify());

  const text = (): string => (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';

  it('shows each message with its kind and time, and says when one was not e-mailed', async () => {
    await open('sv');
    http.expectOne('/api/registrations/tok-1/messages').flush([
      { id: 'm-2', kind: 'reminder', subject: 'Påminnelse: Vårkonferensen', body: 'Ta med legitimation.', createdAt: '2027-04-13T09:00:00+02:00', mailed: false },
      { id: 'm-1', kind: 'message', subject: 'Hej Anna', body: 'Välkommen!', createdAt: '2027-04-01T10:15:00+02:00', mailed: true },
    ]);
    await fixture.whenStable();
    const headings = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('h2')).map((h) => h.textContent);
    expect(headings).toEqual(['Påminnelse: Vårkonferensen', 'Hej Anna']);
    expect(text()).toContain('Påminnelse · Skickat tisdag 13 april 2027 09:00');
    expect(text()).toContain('skickades inte med e-post');
    expect((fixture.nativeElement as HTMLElement).querySelectorAll('.sv-banner')).toHaveLength(1);
  });

  it('has an empty state, and says so in English when a link does not work', async () => {
    await open('en');
    http.expectOne('/api/registrations/tok-1/messages').flush([]);
    await fixture.whenStable();
    expect(text()).toContain('We have not sent you any messages yet.');
  });

  it('explains an unknown link', async () => {
    await open('sv');
    http
      .expectOne('/api/registrations/tok-1/messages')
      .flush({ statusCode: 404, code: 'registrations.not-found', message: 'Anmälan finns inte.' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(text()).toContain('Länken fungerar inte.');
  });
});
