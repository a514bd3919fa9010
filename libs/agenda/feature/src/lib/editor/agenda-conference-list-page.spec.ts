import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import { agendaTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { AgendaConferenceListPage } from './agenda-conference-list-page';

describe('AgendaConferenceListPage', () => {
  it('lists the conferences newest first, each with its editor and public programme', async () => {
    TestBed.configureTestingModule({ providers: [...agendaTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AgendaConferenceListPage);
    TestBed.tick();
    http.expectOne('/api/conferences').flush([
      { id: 'c-old', titleSv: 'Höstkonferensen', titleEn: null, status: 'archived', startsAt: '2026-10-01T09:00:00+02:00' },
      { id: 'c-new', titleSv: 'Vårkonferensen', titleEn: null, status: 'draft', startsAt: '2027-03-27T09:00:00+01:00' },
    ] as ConferenceResponse[]);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const items = Array.from(element.querySelectorAll('li')).map((li) => li.querySelector('h2')?.textContent?.trim());
    expect(items).toEqual(['Vårkonferensen', 'Höstkonferensen']);
    const first = element.querySelector('li') as HTMLElement;
    expect(first.textContent).toContain('lördag 27 mars 2027 · Utkast');
    expect(Array.from(first.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      '/arbetsutskottet/konferenser/c-new/program',
      '/konferenser/c-new/program',
    ]);
    http.verify();
  });
});
