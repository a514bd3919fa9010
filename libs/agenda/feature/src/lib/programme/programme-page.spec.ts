import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ProgrammeResponse } from '@samverkan/agenda/contract';
import { CONFERENCE_ID, aProgrammeItem, aRoom, agendaTestProviders, useLanguage } from '../../testing/test-providers';
import { ProgrammePage } from './programme-page';

const programme: ProgrammeResponse = {
  conferenceId: CONFERENCE_ID,
  version: 2,
  publishedAt: '2027-03-01T10:00:00+01:00',
  rooms: [aRoom(), aRoom({ id: 'r-2', name: 'Verkstaden', position: 1 })],
  items: [
    aProgrammeItem(),
    aProgrammeItem({
      id: 'i-2',
      titleSv: 'Kompetensverkstad',
      type: 'workshop',
      roomId: 'r-2',
      roomName: 'Verkstaden',
      focusAreaCodes: ['skills'],
      startsAt: '2027-04-15T13:00:00+02:00',
      endsAt: '2027-04-15T14:30:00+02:00',
      speakers: [],
    }),
  ],
};

describe('ProgrammePage', () => {
  let http: HttpTestingController;

  async function render() {
    const fixture = TestBed.createComponent(ProgrammePage);
    fixture.componentRef.setInput('id', CONFERENCE_ID);
    TestBed.tick();
    return fixture;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...agendaTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function answer(fixture: Awaited<ReturnType<typeof render>>, body: ProgrammeResponse | null) {
    http.expectOne('/api/focus-areas').flush([
      { code: 'skills', titleSv: 'Kompetensförsörjning', titleEn: 'Skills supply', descriptionSv: '', descriptionEn: '' },
      { code: 'infrastructure', titleSv: 'Infrastruktur', titleEn: 'Infrastructure', descriptionSv: '', descriptionEn: '' },
    ]);
    const request = http.expectOne(`/api/conferences/${CONFERENCE_ID}/programme`);
    if (body) request.flush(body);
    else request.flush({ statusCode: 404, message: 'Inget publicerat program' }, { status: 404, statusText: 'Not Found' });
    http.expectOne(`/api/conferences/${CONFERENCE_ID}/programme/changes`).flush([
      {
        version: 2,
        publishedAt: '2027-03-01T10:00:00+01:00',
        changes: [
          {
            kind: 'moved',
            itemId: 'i-1',
            titleSv: 'Elnätet som flaskhals',
            before: { startsAt: '2027-04-14T10:00:00+02:00', endsAt: '2027-04-14T11:00:00+02:00', roomName: 'Verkstaden' },
            after: { startsAt: '2027-04-14T09:00:00+02:00', endsAt: '2027-04-14T10:00:00+02:00', roomName: 'Stora salen' },
          },
        ],
      },
    ]);
    await fixture.whenStable();
  }

  it('shows the programme day by day, each item with time, room, speakers, focus areas and a link', async () => {
    const fixture = await render();
    await answer(fixture, programme);
    const element: HTMLElement = fixture.nativeElement;
    const days = Array.from(element.querySelectorAll('.sv-programme__day h2')).map((h) => h.textContent?.trim());
    expect(days).toEqual(['onsdag 14 april 2027', 'torsdag 15 april 2027']);
    const first = element.querySelector('.sv-programme__item') as HTMLElement;
    expect(first.textContent).toContain('09:00–10:00');
    expect(first.textContent).toContain('Stora salen');
    expect(first.textContent).toContain('Anna Berg (Finspångs kommun)');
    expect(first.textContent).toContain('Infrastruktur');
    expect(first.querySelector('a')?.getAttribute('href')).toBe('/program/punkt/i-1');
    expect(element.querySelector('#andringar')?.parentElement?.textContent).toContain('Flyttad');
  });

  it('filters by type and says how many items are shown', async () => {
    const fixture = await render();
    await answer(fixture, programme);
    const element: HTMLElement = fixture.nativeElement;
    const typeSelect = element.querySelectorAll('select')[1] as HTMLSelectElement;
    typeSelect.value = 'workshop';
    typeSelect.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const titles = Array.from(element.querySelectorAll('.sv-programme__item h3')).map((h) => h.textContent?.trim());
    expect(titles).toEqual(['Kompetensverkstad']);
    expect(element.querySelector('[role=status]')?.textContent).toContain('1 programpunkter visas');
  });

  it('says the programme is not published yet on 404', async () => {
    const fixture = await render();
    await answer(fixture, null);
    const element: HTMLElement = fixture.nativeElement;
    expect(element.textContent).toContain('Programmet är inte publicerat ännu.');
    expect(element.querySelector('.sv-programme__item')).toBeNull();
  });
});
