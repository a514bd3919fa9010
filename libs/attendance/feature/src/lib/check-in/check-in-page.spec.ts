import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CheckInResponse } from '@samverkan/attendance/contract';
import { testProviders, useLanguage } from '@samverkan/shared/ui-testing';
import { attendanceCheckInTexts } from '../i18n/texts';
import { CheckInPage, SUMMARY_POLL_MS } from './check-in-page';

const ID = 'c-1';
const BASE = `/api/conferences/${ID}/check-ins`;

const anna: CheckInResponse = {
  registrationId: 'r-1',
  firstName: 'Anna',
  lastName: 'Andersson',
  organisationName: 'Finspångs kommun',
  organisationType: 'municipality',
  checkedInAt: '2027-04-14T08:58:00+02:00',
  alreadyCheckedIn: false,
  checkedInBy: 'Ulla Utskott',
  dietaryNeeds: 'Vegetarisk',
  accessibilityNeeds: null,
};

describe('CheckInPage', () => {
  let fixture: ComponentFixture<CheckInPage>;
  let http: HttpTestingController;

  const pause = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        ...testProviders({ texts: [attendanceCheckInTexts] }),
        provideRouter([]),
        { provide: SUMMARY_POLL_MS, useValue: 200 },
      ],
    });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CheckInPage);
    fixture.componentRef.setInput('id', ID);
    TestBed.tick();
    http.expectOne(`/api/conferences/${ID}`).flush({ id: ID, titleSv: 'Vårkonferensen', titleEn: null });
    await pause(20);
    answerSummary(3, 40);
    await settle();
  });

  afterEach(() => {
    fixture.destroy();
    answerSummary(0, 0);
    http.verify();
    delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => element().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  async function settle(): Promise<void> {
    TestBed.tick();
    await pause();
    TestBed.tick();
  }
  function answerSummary(checkedIn: number, confirmed: number): void {
    http
      .match(`${BASE}/summary`)
      .filter((req) => !req.cancelled)
      .forEach((req) => req.flush({ checkedIn, confirmed }));
  }
  async function typeCode(code: string): Promise<void> {
    const input = element().querySelector('[data-testid="check-in-code"]') as HTMLInputElement;
    input.value = code;
    input.dispatchEvent(new Event('input'));
    (element().querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle();
  }

  it('shows the live count in a polite live region and asks again every few seconds', async () => {
    expect(text('h1')).toContain('Incheckning Vårkonferensen');
    const count = element().querySelector('.sv-check-in__count') as HTMLElement;
    expect(count.getAttribute('aria-live')).toBe('polite');
    expect(count.textContent?.trim()).toBe('3 av 40 incheckade');
    await pause(250);
    answerSummary(4, 40);
    await settle();
    expect(count.textContent?.trim()).toBe('4 av 40 incheckade');
  });

  it('checks in a typed code and shows the card with needs; then the count refreshes', async () => {
    await typeCode(' abc ');
    const req = http.expectOne(BASE);
    expect([req.request.method, req.request.body]).toEqual(['POST', { code: 'abc' }]);
    req.flush(anna);
    answerSummary(4, 40);
    await settle();
    expect(text('.sv-result__headline')).toBe('Incheckad 08:58');
    expect(text('.sv-result__name')).toBe('Anna Andersson');
    expect(text('.sv-result__organisation')).toBe('Finspångs kommun (Kommun)');
    expect(text('.sv-result__needs dt')).toBe('Specialkost');
    expect(text('.sv-result__needs dd')).toBe('Vegetarisk');
    expect(text('.sv-check-in__count')).toBe('4 av 40 incheckade');
    expect((element().querySelector('[data-testid="check-in-code"]') as HTMLInputElement).value).toBe('');
  });

  it('says when and by whom someone was already checked in, and undoes a check-in', async () => {
    await typeCode('abc');
    http.expectOne(BASE).flush({ ...anna, alreadyCheckedIn: true });
    answerSummary(3, 40);
    await settle();
    expect(text('.sv-result__headline')).toBe('Redan incheckad 08:58 av Ulla Utskott');
    (Array.from(element().querySelectorAll('button')).find((b) => b.textContent?.includes('Ångra')) as HTMLButtonElement).click();
    const undo = http.expectOne(`${BASE}/r-1`);
    expect(undo.request.method).toBe('DELETE');
    undo.flush({ registrationId: 'r-1', undone: true });
    answerSummary(2, 40);
    await settle();
    expect(text('.sv-check-in__outcome')).toBe('Anna Andersson är inte längre incheckad.');
  });

  it('shows a refusal in plain words', async () => {
    await typeCode('abc');
    http
      .expectOne(BASE)
      .flush(
        { statusCode: 422, code: 'attendance.waitlisted', message: 'Personen står på reservlistan och har ingen plats.' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await settle();
    expect(text('.sv-result--refused')).toContain('Inte incheckad');
    expect(text('.sv-result--refused')).toContain('reservlistan');
  });

  it('finds people by name and checks in a confirmed one; a waitlisted one has no button', async () => {
    const input = element().querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'öberg';
    input.dispatchEvent(new Event('input'));
    await pause(350);
    await settle();
    const req = http.expectOne((r) => r.url === `${BASE}/search`);
    expect(req.request.params.get('q')).toBe('öberg');
    req.flush({
      items: [
        { ...anna, registrationId: 'r-1', status: 'confirmed', checkedInAt: null },
        { ...anna, registrationId: 'r-2', firstName: 'Gun', status: 'waitlisted', checkedInAt: null },
      ],
    });
    await settle();
    expect(text('.sv-check-in__found')).toBe('2 träffar');
    const hits = element().querySelectorAll('.sv-hit');
    expect(hits[1].textContent).toContain('Står på reservlistan');
    expect(hits[1].querySelector('button')).toBeNull();
    const button = hits[0].querySelector('button') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Checka in Anna Andersson');
    button.click();
    const put = http.expectOne(`${BASE}/r-1`);
    expect(put.request.method).toBe('PUT');
    put.flush(anna);
    answerSummary(4, 40);
    await settle();
    expect(element().querySelectorAll('.sv-hit')[0].textContent).toContain('Incheckad 08:58');
  });

  it('falls back to the name search with a clear message when the camera is refused', async () => {
    const getUserMedia = jest.fn().mockRejectedValue(Object.assign(new Error('denied'), { name: 'NotAllowedError' }));
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
    (window as { BarcodeDetector?: unknown }).BarcodeDetector = Object.assign(jest.fn(), {
      getSupportedFormats: () => Promise.resolve(['qr_code']),
    });
    (Array.from(element().querySelectorAll('button')).find((b) => b.textContent?.includes('Starta kameran')) as HTMLButtonElement).click();
    for (let i = 0; i < 5; i++) await settle();
    expect(getUserMedia).toHaveBeenCalled();
    expect(text('[role="alert"]')).toContain('Kameran får inte användas');
    expect(document.activeElement).toBe(element().querySelector('input[type="search"]'));
  });
});
