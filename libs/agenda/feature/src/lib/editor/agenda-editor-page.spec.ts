import { LiveAnnouncer } from '@angular/cdk/a11y';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AgendaItemResponse, DraftAgendaResponse } from '@samverkan/agenda/contract';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import { CONFERENCE_ID, aRoom, agendaTestProviders, anAgendaItem } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { AgendaEditorPage } from './agenda-editor-page';

const conference = {
  id: CONFERENCE_ID,
  titleSv: 'Industrikommunernas vårkonferens',
  startsAt: '2027-04-14T09:00:00+02:00',
  endsAt: '2027-04-15T16:00:00+02:00',
} as ConferenceResponse;

const rooms = [aRoom(), aRoom({ id: 'r-2', name: 'Verkstaden', position: 1 })];

function draft(items: AgendaItemResponse[], overrides: Partial<DraftAgendaResponse> = {}): DraftAgendaResponse {
  return { rooms, items, conflicts: [], latestVersion: 1, ...overrides };
}

describe('AgendaEditorPage', () => {
  let fixture: ComponentFixture<AgendaEditorPage>;
  let http: HttpTestingController;
  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const button = (text: string, root: ParentNode = element()): HTMLButtonElement => {
    const found = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === text);
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...agendaTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AgendaEditorPage);
    fixture.componentRef.setInput('id', CONFERENCE_ID);
    TestBed.tick();
  });

  afterEach(() => {
    // The selected item lists its files (sv-documents): answered here, checked in the component's own spec.
    for (const request of http.match((req) => req.url === '/api/documents')) request.flush([]);
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((node) => (node.innerHTML = ''));
  });

  async function load(
    items: AgendaItemResponse[],
    overrides: Partial<DraftAgendaResponse> = {},
    focusAreas: Array<{ code: string; titleSv: string; titleEn: string }> = [],
  ): Promise<void> {
    http.expectOne(`/api/conferences/${CONFERENCE_ID}`).flush(conference);
    TestBed.tick();
    http.expectOne(`/api/conferences/${CONFERENCE_ID}/agenda`).flush(draft(items, overrides));
    http
      .expectOne(`/api/conferences/${CONFERENCE_ID}/agenda/candidates`)
      .flush([{ proposalId: 'p-1', title: 'Vätgas i industrin', summary: null, format: 'seminar', durationMinutes: 45 }]);
    http.expectOne('/api/focus-areas').flush(focusAreas);
    await fixture.whenStable();
  }

  it('places items in their room column by time, and keeps unscheduled ones and candidates in the pile', async () => {
    await load([
      anAgendaItem({
        id: 'a',
        titleSv: 'Öppning',
        startsAt: '2027-04-14T09:00:00+02:00',
        endsAt: '2027-04-14T09:30:00+02:00',
        roomId: 'r-1',
      }),
      anAgendaItem({
        id: 'b',
        titleSv: 'Verkstad',
        startsAt: '2027-04-14T10:15:00+02:00',
        endsAt: '2027-04-14T11:45:00+02:00',
        roomId: 'r-2',
      }),
      anAgendaItem({ id: 'c', titleSv: 'Okänd tid', startsAt: null, endsAt: null, roomId: null }),
    ]);
    const columns = element().querySelectorAll('.sv-agenda-grid__column');
    expect(Array.from(columns).map((c) => c.getAttribute('aria-label'))).toEqual(['Stora salen', 'Verkstaden']);
    const b = columns[1].querySelector('.sv-agenda-grid__item') as HTMLElement;
    // 08:00 is row 0; 10:15 is row 9 and 90 minutes are 6 rows of 20 px.
    expect([b.style.top, b.style.height]).toEqual(['180px', '120px']);
    expect(b.textContent).toContain('Verkstad');
    const pile = element().querySelector('#agenda-pile') as HTMLElement;
    expect(pile.textContent).toContain('Okänd tid');
    expect(pile.textContent).not.toContain('Öppning');
    expect(element().textContent).toContain('Vätgas i industrin');
  });

  it('moves the selected item 15 minutes later and to the next room with the version, and announces it', async () => {
    const announce = jest.spyOn(TestBed.inject(LiveAnnouncer), 'announce').mockResolvedValue();
    await load([anAgendaItem({ id: 'a', version: 4 })]);
    (element().querySelector('.sv-agenda-grid__item button') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(button('15 min senare').getAttribute('aria-label')).toBe('Flytta ”Elnätet som flaskhals” 15 min senare');
    expect(button('Föregående lokal').disabled).toBe(true);

    button('15 min senare').click();
    const later = http.expectOne('/api/agenda-items/a');
    expect(later.request.method).toBe('PATCH');
    expect(later.request.body).toEqual({ startsAt: '2027-04-14T09:15:00+02:00', endsAt: '2027-04-14T10:15:00+02:00', version: 4 });
    later.flush(anAgendaItem({ id: 'a', version: 5, startsAt: '2027-04-14T09:15:00+02:00', endsAt: '2027-04-14T10:15:00+02:00' }));
    TestBed.tick();
    http
      .expectOne(`/api/conferences/${CONFERENCE_ID}/agenda`)
      .flush(draft([anAgendaItem({ id: 'a', version: 5, startsAt: '2027-04-14T09:15:00+02:00', endsAt: '2027-04-14T10:15:00+02:00' })]));
    await fixture.whenStable();

    button('Nästa lokal').click();
    const next = http.expectOne('/api/agenda-items/a');
    expect(next.request.body).toEqual({ roomId: 'r-2', version: 5 });
    next.flush(anAgendaItem({ id: 'a', version: 6, roomId: 'r-2', roomName: 'Verkstaden' }));
    TestBed.tick();
    http
      .expectOne(`/api/conferences/${CONFERENCE_ID}/agenda`)
      .flush(draft([anAgendaItem({ id: 'a', version: 6, roomId: 'r-2', roomName: 'Verkstaden' })]));
    await fixture.whenStable();
    expect(announce).toHaveBeenLastCalledWith('”Elnätet som flaskhals” är nu onsdag 14 april 2027 09:00–10:00, Verkstaden.', 'polite');
  });

  it('before removing an item people are signed up to, says they lose their place and hear of it when published', async () => {
    await load([anAgendaItem({ id: 'a', signupRequired: true, signupCapacity: 20, signupCount: 3 })]);
    (element().querySelector('.sv-agenda-grid__item button') as HTMLButtonElement).click();
    await fixture.whenStable();
    button('Ta bort').click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('3 anmälda förlorar sin plats nu');
    button('Ta bort', dialog).click();
    await fixture.whenStable();
    const removal = http.expectOne('/api/agenda-items/a');
    expect(removal.request.method).toBe('DELETE');
    removal.flush(null);
    TestBed.tick();
    http.expectOne(`/api/conferences/${CONFERENCE_ID}/agenda`).flush(draft([]));
    await fixture.whenStable();
  });

  it('on 409 shows both versions and "keep mine" re-sends the change on top of the current version', async () => {
    await load([anAgendaItem({ id: 'a', version: 4 })]);
    (element().querySelector('.sv-agenda-grid__item button') as HTMLButtonElement).click();
    await fixture.whenStable();
    button('Nästa lokal').click();
    const current = anAgendaItem({ id: 'a', version: 7, startsAt: '2027-04-14T11:00:00+02:00', endsAt: '2027-04-14T12:00:00+02:00' });
    http
      .expectOne('/api/agenda-items/a')
      .flush(
        { statusCode: 409, message: 'Ändrad av någon annan', errors: { version: 'stale' }, current },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Någon annan hann före');
    const row = Array.from(dialog.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent?.trim()));
    expect(row).toEqual([['Lokal', 'Verkstaden', 'Stora salen']]);

    button('Behåll min ändring', dialog).click();
    await fixture.whenStable();
    const resend = http.expectOne('/api/agenda-items/a');
    expect(resend.request.body).toEqual({ roomId: 'r-2', version: 7 });
    resend.flush({ ...current, version: 8, roomId: 'r-2' });
    TestBed.tick();
    http.expectOne(`/api/conferences/${CONFERENCE_ID}/agenda`).flush(draft([{ ...current, version: 8, roomId: 'r-2' }]));
    await fixture.whenStable();
  });

  it('on 409 "take theirs" sends nothing more and shows the current version', async () => {
    await load([anAgendaItem({ id: 'a', version: 4 })]);
    (element().querySelector('.sv-agenda-grid__item button') as HTMLButtonElement).click();
    await fixture.whenStable();
    button('15 min tidigare').click();
    const current = anAgendaItem({ id: 'a', version: 7, titleSv: 'Elnätet – ny titel' });
    http
      .expectOne('/api/agenda-items/a')
      .flush({ statusCode: 409, message: 'Ändrad', errors: { version: 'stale' }, current }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    button('Använd den aktuella versionen', document.querySelector('mat-dialog-container') as HTMLElement).click();
    // The dialog reports its choice once it has closed.
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
    http.expectOne(`/api/conferences/${CONFERENCE_ID}/agenda`).flush(draft([current]));
    await fixture.whenStable();
    http.expectNone('/api/agenda-items/a');
    expect(element().querySelector('.sv-agenda-grid__item')?.textContent).toContain('Elnätet – ny titel');
  });

  it('publishing with conflicts shows them, asks, and publishes with acknowledgeConflicts only after confirmation', async () => {
    await load([anAgendaItem({ id: 'a' })]);
    button('Publicera programmet').click();
    http
      .expectOne(`/api/conferences/${CONFERENCE_ID}/agenda/coverage-preview`)
      .flush({ conferenceId: CONFERENCE_ID, programmeMinutes: 60, minShare: 0.1, areas: [], shortAreaCodes: [] });
    await fixture.whenStable();
    const first = http.expectOne(`/api/conferences/${CONFERENCE_ID}/agenda/publish`);
    expect(first.request.body).toEqual({});
    first.flush(
      {
        statusCode: 422,
        message: 'Konflikter',
        errors: { acknowledgeConflicts: 'required' },
        conflicts: [{ kind: 'room-double-booked', itemIds: ['a', 'b'], message: 'Stora salen är dubbelbokad 09:00–10:00.' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    expect(element().textContent).toContain('Programmet publicerades inte: 1 konflikt');
    expect(element().textContent).toContain('Stora salen är dubbelbokad 09:00–10:00.');
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Programmet har 1 konflikt.');

    button('Publicera ändå', dialog).click();
    await fixture.whenStable();
    const second = http.expectOne(`/api/conferences/${CONFERENCE_ID}/agenda/publish`);
    expect(second.request.body).toEqual({ acknowledgeConflicts: true });
    second.flush({ number: 2, publishedAt: '2027-03-01T10:00:00+01:00', publishedByName: 'Utskottet', conflictCount: 1, changes: [] });
    TestBed.tick();
    http.expectOne(`/api/conferences/${CONFERENCE_ID}/agenda`).flush(draft([anAgendaItem({ id: 'a' })], { latestVersion: 2 }));
    await fixture.whenStable();
    expect(element().textContent).toContain('Version 2 är publicerad.');
  });

  const AREAS = [
    { code: 'infrastructure', titleSv: 'Infrastruktur', titleEn: 'Infrastructure' },
    { code: 'cooperation', titleSv: 'Samverkan', titleEn: 'Cooperation' },
  ];
  const shareOf = (code: string) => element().querySelector(`[data-area="${code}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

  it("shows each focus area's share of the programme time, and updates it as an item is moved by keyboard", async () => {
    await load(
      [
        anAgendaItem({ id: 'a', focusAreaCodes: ['infrastructure'] }),
        anAgendaItem({
          id: 'b',
          titleSv: 'Samtal',
          startsAt: '2027-04-14T10:00:00+02:00',
          endsAt: '2027-04-14T10:05:00+02:00',
          focusAreaCodes: ['cooperation'],
        }),
      ],
      {},
      AREAS,
    );
    expect(element().textContent).toContain('65 min programtid. 1 område är under tröskeln.');
    expect(shareOf('infrastructure')).toBe('Infrastruktur 92,3 % (60 min)');
    expect(shareOf('cooperation')).toBe('Samverkan 7,7 % (5 min) warning Under tröskeln');

    // Moved 15 minutes later by keyboard; the save answers with the talk made longer meanwhile.
    const talk = Array.from(element().querySelectorAll<HTMLButtonElement>('.sv-agenda-grid__item button')).find((b) =>
      b.textContent?.includes('Samtal'),
    );
    talk?.click();
    await fixture.whenStable();
    button('15 min senare').click();
    const save = http.expectOne('/api/agenda-items/b');
    save.flush(
      anAgendaItem({
        id: 'b',
        titleSv: 'Samtal',
        startsAt: '2027-04-14T10:15:00+02:00',
        endsAt: '2027-04-14T10:50:00+02:00',
        focusAreaCodes: ['cooperation'],
        version: 4,
      }),
    );
    TestBed.tick();
    expect(shareOf('cooperation')).toBe('Samverkan 36,8 % (35 min)');
    expect(element().textContent).toContain('95 min programtid. Inget område är under tröskeln.');
    http
      .expectOne(`/api/conferences/${CONFERENCE_ID}/agenda`)
      .flush(draft([anAgendaItem({ id: 'a', focusAreaCodes: ['infrastructure'] })]));
    await fixture.whenStable();
    // Removed elsewhere: the reload takes its minutes away.
    expect(shareOf('cooperation')).toBe('Samverkan 0 % (0 min) warning Under tröskeln');
  });

  it('warns before publishing when the server says areas are short, naming them; cancelling publishes nothing', async () => {
    await load([anAgendaItem({ id: 'a', focusAreaCodes: ['infrastructure'] })], {}, AREAS);
    const preview = {
      conferenceId: CONFERENCE_ID,
      programmeMinutes: 60,
      minShare: 0.1,
      areas: [
        { focusAreaCode: 'infrastructure', minutes: 60, share: 1, short: false },
        { focusAreaCode: 'cooperation', minutes: 0, share: 0, short: true },
      ],
      shortAreaCodes: ['cooperation'],
    };
    button('Publicera programmet').click();
    http.expectOne(`/api/conferences/${CONFERENCE_ID}/agenda/coverage-preview`).flush(preview);
    await fixture.whenStable();
    let dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Publicera med fokusområden under tröskeln?');
    expect(dialog.textContent?.replace(/\s+/g, ' ')).toContain('1 fokusområde har mindre än 10 % av programtiden: Samverkan 0 %.');
    button('Avbryt', dialog).click();
    await fixture.whenStable();
    http.expectNone(`/api/conferences/${CONFERENCE_ID}/agenda/publish`);

    button('Publicera programmet').click();
    http.expectOne(`/api/conferences/${CONFERENCE_ID}/agenda/coverage-preview`).flush(preview);
    await fixture.whenStable();
    dialog = document.querySelectorAll('mat-dialog-container')[document.querySelectorAll('mat-dialog-container').length - 1] as HTMLElement;
    button('Publicera ändå', dialog).click();
    await fixture.whenStable();
    const publish = http.expectOne(`/api/conferences/${CONFERENCE_ID}/agenda/publish`);
    expect(publish.request.body).toEqual({});
    publish.flush({ number: 2, publishedAt: '2027-03-01T10:00:00+01:00', publishedByName: 'Utskottet', conflictCount: 0, changes: [] });
    TestBed.tick();
    http.expectOne(`/api/conferences/${CONFERENCE_ID}/agenda`).flush(draft([anAgendaItem({ id: 'a' })], { latestVersion: 2 }));
    await fixture.whenStable();
    expect(element().textContent).toContain('Version 2 är publicerad.');
  });
});
