import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MeetingResponse } from '@samverkan/committee/contract';
import { AuthService } from '@samverkan/identity/feature';
import { firstValueFrom } from 'rxjs';
import { ADA, ULLA, aMeeting, committeeTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { MeetingPage } from './meeting-page';

describe('MeetingPage', () => {
  let fixture: ComponentFixture<MeetingPage>;
  let http: HttpTestingController;
  /** The strategy versions the page is told about (the ones in consultation can be put on the agenda). */
  let strategies: { id: string; title: string; state: string; adoptedAt: string | null }[] = [];

  async function render(meeting: MeetingResponse, user = ULLA): Promise<void> {
    TestBed.configureTestingModule({ providers: [...committeeTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    const login = firstValueFrom(TestBed.inject(AuthService).login({ email: user.email, password: 'x' }));
    http.expectOne('/api/auth/login').flush({ accessToken: 't', expiresIn: 900, user: { ...user, roles: ['working-committee'] } });
    await login;
    fixture = TestBed.createComponent(MeetingPage);
    fixture.componentRef.setInput('id', meeting.id);
    TestBed.tick();
    http.expectOne('/api/focus-areas').flush([]);
    http.expectOne(`/api/meetings/${meeting.id}`).flush(meeting);
    await settle();
  }

  /** Renders until stable, answering the list of proposals to add whenever the page asks for it. */
  async function settle(): Promise<void> {
    const answer = (): void => {
      for (const request of http.match((req) => req.url === '/api/proposals')) request.flush({ items: [], total: 0 });
      for (const request of http.match((req) => req.url === '/api/strategies')) request.flush(strategies);
    };
    for (let i = 0; i < 5; i++) {
      answer();
      await new Promise((resolve) => setTimeout(resolve, 5));
      TestBed.tick();
    }
    answer();
    await fixture.whenStable();
  }

  afterEach(() => {
    strategies = [];
    // Each agenda item lists its files (sv-documents): answered here, checked in the component's own spec.
    for (const request of http.match((req) => req.url === '/api/documents')) request.flush([]);
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = ''));
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const buttonNamed = (text: string): HTMLButtonElement | undefined =>
    Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim().endsWith(text));
  const status = (): string => element().querySelector('p.sv-status[role="status"]')?.textContent?.trim() ?? '';

  it('asks for the proposals waiting for a decision only while the meeting can change, and reorders through the API', async () => {
    await render(aMeeting());
    expect(element().querySelector('h1')?.textContent).toContain('Arbetsutskottets möte 3/2027');
    expect(element().querySelector('a[href="/arbetsutskottet/moten/m-1/andra"]')?.textContent).toContain('Ändra mötet');
    // No PDF before justering.
    expect(element().querySelector('button[data-minutes-pdf]')).toBeNull();
    (element().querySelector('button[aria-label="Flytta upp Beslut om förslag: Elnätet som flaskhals"]') as HTMLButtonElement).click();
    TestBed.tick();
    const reorder = http.expectOne({ method: 'PUT', url: '/api/meetings/m-1/items/order' });
    expect(reorder.request.body).toEqual({ itemIds: ['i-1', 'i-2', 'i-4', 'i-3', 'i-5'] });
    reorder.flush(aMeeting());
    await fixture.whenStable();
  });

  it('puts the agenda back as the API has it when a reorder fails', async () => {
    await render(aMeeting());
    (element().querySelector('button[aria-label="Flytta ned Mötets öppnande"]') as HTMLButtonElement).click();
    TestBed.tick();
    http
      .expectOne('/api/meetings/m-1/items/order')
      .flush(
        { statusCode: 422, message: 'Protokollet är justerat och låst; mötet kan inte ändras.' },
        { status: 422, statusText: 'Unprocessable' },
      );
    TestBed.tick();
    http.expectOne('/api/meetings/m-1').flush(aMeeting());
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Protokollet är justerat och låst');
    await fixture.whenStable();
    expect(element().querySelector('li.sv-agenda__item')?.getAttribute('data-item')).toBe('i-1');
  });

  it('chooses the justerare among the participants other than the chair, then the chair approves', async () => {
    await render(aMeeting());
    expect(element().textContent).toContain('Välj en justerare innan protokollet kan justeras.');
    const trigger = element().querySelector('mat-select') as HTMLElement;
    expect(trigger).not.toBeNull();

    fixture.componentInstance['approverControl'].setValue(ADA.id);
    buttonNamed('Välj justerare')?.closest('form')?.dispatchEvent(new Event('submit'));
    TestBed.tick();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/meetings/m-1' });
    expect(patch.request.body).toEqual({ minutesApproverId: ADA.id });
    patch.flush(aMeeting({ minutesApproverId: ADA.id, minutesApproverName: ADA.name }));
    await settle();
    expect(status()).toBe('Ada Administratör är vald till justerare.');

    buttonNamed('Justera protokollet')?.click();
    // The confirm dialog is imported on first use.
    for (let i = 0; i < 50 && !document.querySelector('mat-dialog-container button'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      TestBed.tick();
    }
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Justera protokollet?');
    (Array.from(dialog.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Justera') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    http
      .expectOne({ method: 'POST', url: '/api/meetings/m-1/minutes/approve' })
      .flush(aMeeting({ minutesApproverId: ADA.id, minutesApproverName: ADA.name, chairApprovedAt: '2027-03-02T12:00:00+01:00' }));
    await fixture.whenStable();
    expect(status()).toBe('Du har justerat protokollet.');
    expect(buttonNamed('Justera protokollet')).toBeUndefined();
    expect(element().textContent).toContain('Protokollet väntar på att ordföranden och justeraren justerar det.');
  });

  it('puts the strategy version in consultation on the agenda for a decision on adopting it', async () => {
    strategies = [
      { id: 's-old', title: 'Åtgärdsstrategin', state: 'adopted', adoptedAt: '2024-12-31T23:00:00Z' },
      { id: 's-new', title: 'Strategi 2028', state: 'in-consultation', adoptedAt: null },
    ];
    await render(aMeeting());
    const section = element().querySelector('[data-add-strategy]') as HTMLElement;
    const buttons = Array.from(section.querySelectorAll('button')).map((b) => b.textContent?.trim());
    expect(buttons).toEqual(['Ta upp Strategi 2028 för beslut']);
    (section.querySelector('button') as HTMLButtonElement).click();
    const req = http.expectOne(`/api/meetings/${aMeeting().id}/items`);
    expect(req.request.body).toEqual({ kind: 'strategy-adoption', strategyId: 's-new' });
    req.flush(aMeeting());
    await settle();
    expect(status()).toContain('Beslutet om Strategi 2028 har lagts till på dagordningen.');
  });

  it('says clearly that locked minutes cannot change and offers no editing at all', async () => {
    const locked = aMeeting({
      minutesStatus: 'locked',
      minutesApproverId: ADA.id,
      minutesApproverName: ADA.name,
      chairApprovedAt: '2027-03-02T12:00:00+01:00',
      approverApprovedAt: '2027-03-03T09:00:00+01:00',
      lockedAt: '2027-03-03T09:00:00+01:00',
      participants: aMeeting().participants.map((p) => ({ ...p, present: true })),
    });
    await render(locked, ADA);
    http.expectNone((req) => req.url === '/api/proposals');
    http.expectNone((req) => req.url === '/api/strategies');
    expect(element().querySelector('[data-locked]')?.textContent).toContain('Protokollet är justerat och låst');
    // The one button left downloads the justerat minutes; nothing edits.
    const buttons = Array.from(element().querySelectorAll('button:not([data-minutes-pdf])')).map((b) => b.textContent?.trim());
    expect(buttons).toEqual([]);
    expect(element().querySelector('button[data-minutes-pdf]')?.textContent).toContain('Protokoll (PDF)');
    expect(element().querySelector('a[href="/arbetsutskottet/moten/m-1/logg"]')?.textContent).toContain('Visa loggen');
    expect(Array.from(element().querySelectorAll('mat-checkbox input')).every((input) => (input as HTMLInputElement).disabled)).toBe(true);
    expect(element().querySelector('a[href="/arbetsutskottet/moten/m-1/protokoll"]')?.textContent).toContain('Visa protokollet');
    expect(element().querySelector('form')).toBeNull();
    expect(element().querySelector('a[href$="/andra"]')).toBeNull();
  });
});
