import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ANNUAL_SUMMARY_URL, ENGAGEMENT_URL, type MemberEngagementSummary } from '@samverkan/coverage/contract';
import { LanguageService, errorInterceptor, provideI18n, sharedTexts } from '@samverkan/shared/ui';
import { firstValueFrom } from 'rxjs';
import { engagementTexts } from '../i18n/texts';
import { MembersPage } from './members-page';

function aMember(overrides: Partial<MemberEngagementSummary> = {}): MemberEngagementSummary {
  return {
    organisationId: '11111111-1111-4111-8111-111111111111',
    name: 'Finspångs kommun',
    type: 'municipality',
    conferences: 2,
    participants: 7,
    lastSeenOn: '2026-04-14',
    proposals: 1,
    callSubmissions: 0,
    evaluationAnswers: 5,
    ...overrides,
  };
}

describe('MembersPage', () => {
  let fixture: ComponentFixture<MembersPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideI18n({ texts: [sharedTexts, engagementTexts] }),
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    await firstValueFrom(TestBed.inject(LanguageService).init());
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MembersPage);
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const button = (text: string) =>
    Array.from(element().querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.includes(text)) as HTMLButtonElement;

  async function load(members: MemberEngagementSummary[], inactive: MemberEngagementSummary[]): Promise<void> {
    http.expectOne(`${ENGAGEMENT_URL}/members`).flush(members);
    http.expectOne(`${ENGAGEMENT_URL}/inactive`).flush(inactive);
    await fixture.whenStable();
  }

  it('lists the members with hidden counts as "<3", and the inactive ones', async () => {
    const few = aMember({
      organisationId: '22222222-2222-4222-8222-222222222222',
      name: 'Gnosjö kommun',
      evaluationAnswers: null,
      lastSeenOn: null,
    });
    await load([aMember(), few], [few]);
    const rows = Array.from(element().querySelectorAll('.sv-engagement__table tbody tr'));
    expect(rows.map((r) => r.querySelector('th')?.textContent?.trim())).toEqual(['Finspångs kommun', 'Gnosjö kommun']);
    expect(rows[0].textContent).toContain('14 april 2026');
    expect(rows[0].querySelectorAll('td')[5].textContent?.trim()).toBe('5');
    expect(rows[1].querySelectorAll('td')[5].textContent?.trim()).toBe('<3');
    expect(rows[1].textContent).toContain('Aldrig');
    const inactive = element().querySelectorAll('[data-inactive]');
    expect(inactive).toHaveLength(1);
    expect(inactive[0].textContent).toContain('Gnosjö kommun');
  });

  it('shows the empty states', async () => {
    await load([], []);
    expect(element().textContent).toContain('Det finns inga medlemsorganisationer i registret.');
    expect(element().textContent).toContain('Alla medlemmar har varit med på en konferens under de senaste två åren.');
  });

  it('downloads both CSV files, one at a time, and says so', async () => {
    await load([aMember()], []);
    const saved: string[] = [];
    const createObjectURL = jest.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    button('Ladda ned medlemmarna (CSV)').click();
    fixture.detectChanges();
    expect(button('Ladda ned deltagare per konferens (CSV)').disabled).toBe(true);
    http
      .expectOne(`${ENGAGEMENT_URL}/members.csv`)
      .flush(new Blob(['Organisation\n']), { headers: { 'Content-Disposition': 'attachment; filename="medlemmar.csv"' } });
    await fixture.whenStable();
    expect(element().textContent).toContain('medlemmar.csv har laddats ned.');
    button('Ladda ned deltagare per konferens (CSV)').click();
    http
      .expectOne(`${ENGAGEMENT_URL}/participation.csv`)
      .flush(new Blob(['Organisation\n']), { headers: { 'Content-Disposition': 'attachment; filename="medlemmar-per-konferens.csv"' } });
    await fixture.whenStable();
    expect(saved).toEqual(['medlemmar.csv', 'medlemmar-per-konferens.csv']);
    jest.restoreAllMocks();
  });

  it('asks for the annual summary of the chosen year, and shows a refusal', async () => {
    await load([aMember()], []);
    const year = new Date().getFullYear();
    button(`Årssammanställning ${year} (PDF)`).click();
    http
      .expectOne(`${ANNUAL_SUMMARY_URL}/${year}.pdf`)
      .flush(
        new Blob([JSON.stringify({ statusCode: 400, code: 'engagement.year-invalid', message: 'Ange ett år mellan 2000 och 2026.' })], {
          type: 'application/json',
        }),
        {
          status: 400,
          statusText: 'Bad Request',
        },
      );
    await fixture.whenStable();
    expect(element().querySelector('sv-error-message')).not.toBeNull();
    expect(button(`Årssammanställning ${year} (PDF)`).disabled).toBe(false);
  });
});
