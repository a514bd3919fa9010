import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { CallResponse } from '@samverkan/proposals/contract';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { proposalsTestProviders } from '../../testing/fixtures';
import { CallPage } from './call-page';

const CALL: CallResponse = {
  id: 'k-1',
  conferenceId: 'c-1',
  conferenceTitleSv: 'Vårkonferensen',
  conferenceTitleEn: null,
  titleSv: 'Upprop 2027',
  titleEn: 'Call 2027',
  textSv: 'Skicka förslag.',
  textEn: null,
  opensAt: '2027-01-10T09:00:00+01:00',
  closesAt: '2027-02-10T17:00:00+01:00',
  open: true,
  focusAreas: [{ code: 'skills', titleSv: 'Kompetensförsörjning', titleEn: 'Skills supply' }],
};

describe('CallPage', () => {
  let fixture: ComponentFixture<CallPage>;
  let http: HttpTestingController;

  async function render(call: CallResponse = CALL): Promise<void> {
    TestBed.configureTestingModule({ providers: proposalsTestProviders() });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CallPage);
    fixture.componentRef.setInput('callId', 'k-1');
    TestBed.tick();
    http.expectOne('/api/calls/k-1').flush(call);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = () => element().textContent?.replace(/\s+/g, ' ') ?? '';
  async function type(selector: string, value: string): Promise<void> {
    const input = element().querySelector(selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }
  async function fill(): Promise<void> {
    await type('input[formcontrolname=name]', 'Vera Besökare');
    await type('input[formcontrolname=organisationName]', 'Gnosjö kommun');
    await type('input[formcontrolname=email]', 'vera@gnosjo.se');
    await type('input[formcontrolname=title]', 'Lärlingar');
    await type('textarea[formcontrolname=summary]', 'Lärlingar i småindustrin, och hur.');
    (element().querySelector('mat-checkbox input') as HTMLInputElement).click();
    await fixture.whenStable();
  }
  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('shows the call, and keeps the honeypot out of sight and out of the accessibility tree', async () => {
    await render();
    expect(element().querySelector('h1')?.textContent).toBe('Upprop 2027');
    expect(text()).toContain('Kompetensförsörjning');
    const trap = element().querySelector('#call-website') as HTMLInputElement;
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(trap.tabIndex).toBe(-1);
  });

  it('sends the proposal in the page language without the empty honeypot, then asks to check the e-mail', async () => {
    await render();
    await fill();
    await submit();
    const req = http.expectOne('/api/calls/k-1/submissions');
    expect(req.request.body).toEqual({
      name: 'Vera Besökare',
      organisationName: 'Gnosjö kommun',
      email: 'vera@gnosjo.se',
      title: 'Lärlingar',
      summary: 'Lärlingar i småindustrin, och hur.',
      kind: 'session',
      focusAreaCodes: ['skills'],
      language: 'sv',
    });
    req.flush({ submissionId: 's-1', uploadToken: 't'.repeat(43) }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(text()).toContain('Kontrollera din e-post');
    expect(text()).toContain('Vi har skickat en länk till vera@gnosjo.se');
  });

  it('sends nothing without a focus area, and says so', async () => {
    await render();
    await type('input[formcontrolname=name]', 'Vera');
    await submit();
    expect(text()).toContain('Välj minst ett fokusområde.');
  });

  it('shows the API error of a closed call', async () => {
    await render();
    await fill();
    await submit();
    http
      .expectOne('/api/calls/k-1/submissions')
      .flush(
        { statusCode: 422, code: 'calls.closed', message: 'Uppropet är stängt och tar inte emot fler förslag.' },
        { status: 422, statusText: 'Unprocessable' },
      );
    await fixture.whenStable();
    expect(text()).toContain('Uppropet är stängt');
  });
});
