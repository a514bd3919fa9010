import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MeetingResponse } from '@samverkan/committee/contract';
import type { AuditEntryResponse } from '@samverkan/shared/contract';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { aMeeting, committeeTestProviders } from '../../testing/fixtures';
import { MeetingLogPage } from './meeting-log-page';

describe('MeetingLogPage', () => {
  let fixture: ComponentFixture<MeetingLogPage>;
  let http: HttpTestingController;

  async function render(meeting: MeetingResponse, entries: AuditEntryResponse[], language: 'sv' | 'en' = 'sv'): Promise<void> {
    TestBed.configureTestingModule({ providers: [...committeeTestProviders(), provideRouter([])] });
    await useLanguage(language);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MeetingLogPage);
    fixture.componentRef.setInput('id', meeting.id);
    TestBed.tick();
    http.expectOne(`/api/meetings/${meeting.id}`).flush(meeting);
    http.expectOne(`/api/meetings/${meeting.id}/audit`).flush(entries);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const rows = () =>
    Array.from(element().querySelectorAll('table[data-log] tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.replace(/\s+/g, ' ').trim()),
    );

  const entries: AuditEntryResponse[] = [
    { action: 'created', actorId: 'u1', actorName: 'Ulla Utskott', before: null, after: { title: 'x' }, at: '2027-02-01T09:00:00+01:00' },
    {
      action: 'decision',
      actorId: 'u1',
      actorName: 'Ulla Utskott',
      before: null,
      after: { item: 'Övriga frågor' },
      at: '2027-03-02T10:15:00+01:00',
    },
    { action: 'minutes.locked', actorId: null, actorName: null, before: null, after: null, at: '2027-03-05T16:40:00+01:00' },
  ];

  it('lists who did what and when, in Stockholm time, newest first, with the PDF of justerat minutes', async () => {
    await render(aMeeting({ minutesStatus: 'locked', lockedAt: '2027-03-05T16:40:00+01:00' }), entries);
    expect(element().querySelector('h1')?.textContent).toContain('Logg: Arbetsutskottets möte 3/2027');
    expect(rows()).toEqual([
      ['fredag 5 mars 2027 16:40', 'Okänd', 'Protokollet justerades och låstes'],
      ['tisdag 2 mars 2027 10:15', 'Ulla Utskott', 'Ett beslut antecknades – Övriga frågor'],
      ['måndag 1 februari 2027 09:00', 'Ulla Utskott', 'Mötet skapades'],
    ]);
    const pdf = element().querySelector('button[data-minutes-pdf]') as HTMLButtonElement;
    expect(pdf.textContent).toContain('Protokoll (PDF)');
    expect(pdf.textContent?.replace(/\s+/g, ' ')).toContain('Protokoll (PDF) från Arbetsutskottets möte 3/2027');
    pdf.click();
    const request = http.expectOne('/api/meetings/m-1/minutes.pdf');
    expect(request.request.responseType).toBe('blob');
    const createObjectURL = jest.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    request.flush(new Blob(['%PDF-']), { headers: { 'Content-Disposition': 'attachment; filename="protokoll-m-2027-03-02.pdf"' } });
    await fixture.whenStable();
    expect(createObjectURL).toHaveBeenCalled();
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Protokollet är nedladdat: protokoll-m-2027-03-02.pdf.');
  });

  it('says so when nothing is logged, and offers no PDF before justering', async () => {
    await render(aMeeting(), [], 'en');
    expect(element().querySelector('[data-log-empty]')?.textContent).toContain('Nothing has been logged for the meeting yet.');
    expect(element().querySelector('button[data-minutes-pdf]')).toBeNull();
  });
});
