import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { provideI18n } from '../i18n/provide-i18n';
import { LanguageService } from '../i18n/language';
import { sharedTexts } from '../i18n/shared-texts';
import { CalendarLinks, calendarLinks } from './calendar-links';

describe('calendarLinks', () => {
  it('makes webcal, Google and Outlook links from a relative feed path', () => {
    const links = calendarLinks('/api/conferences/c1/calendar.ics', 'Vårkonferensen', 'https://samverkan.example.se/konferenser/c1');
    expect(links.https).toBe('https://samverkan.example.se/api/conferences/c1/calendar.ics');
    expect(links.webcal).toBe('webcal://samverkan.example.se/api/conferences/c1/calendar.ics');
    expect(links.google).toBe(
      'https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fsamverkan.example.se%2Fapi%2Fconferences%2Fc1%2Fcalendar.ics',
    );
    expect(links.outlookWork).toBe(
      'https://outlook.office.com/calendar/0/addfromweb?url=https%3A%2F%2Fsamverkan.example.se%2Fapi%2Fconferences%2Fc1%2Fcalendar.ics&name=V%C3%A5rkonferensen',
    );
    expect(links.outlookPersonal.startsWith('https://outlook.live.com/calendar/0/addfromweb?url=')).toBe(true);
  });

  it('keeps an absolute http feed (local demo) and turns it into webcal', () => {
    expect(calendarLinks('http://localhost:3000/api/calendar/registrations/t.ics', 'K').webcal).toBe(
      'webcal://localhost:3000/api/calendar/registrations/t.ics',
    );
  });
});

describe('CalendarLinks', () => {
  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideI18n({ texts: [sharedTexts] })] });
    await firstValueFrom(TestBed.inject(LanguageService).use('sv'));
  });

  function render() {
    const fixture = TestBed.createComponent(CalendarLinks);
    fixture.componentRef.setInput('href', 'https://samverkan.example.se/api/agenda-items/i1/calendar.ics');
    fixture.componentRef.setInput('name', 'Öppning');
    fixture.componentRef.setInput('filename', 'oppning.ics');
    fixture.detectChanges();
    return fixture;
  }

  it('offers download, copy, Google and Outlook, and says what a subscription does', () => {
    const el: HTMLElement = render().nativeElement;
    expect(el.querySelector('h2')?.textContent).toContain('Till din kalender');
    expect(el.textContent).toContain('uppdateras av sig själv');
    const download = el.querySelector('a[download]') as HTMLAnchorElement;
    expect(download.getAttribute('download')).toBe('oppning.ics');
    expect(download.href).toBe('https://samverkan.example.se/api/agenda-items/i1/calendar.ics');
    const external = [...el.querySelectorAll('a[target=_blank]')].map((a) => a.textContent?.trim());
    expect(external).toEqual([
      'Google Kalender (öppnas i nytt fönster)',
      'Outlook (jobb eller skola) (öppnas i nytt fönster)',
      'Outlook.com (öppnas i nytt fönster)',
    ]);
  });

  it('copies the webcal link and says so; shows the link when copying fails', async () => {
    const fixture = render();
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const button = fixture.nativeElement.querySelector('button') as HTMLButtonElement;
    button.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(writeText).toHaveBeenCalledWith('webcal://samverkan.example.se/api/agenda-items/i1/calendar.ics');
    expect(fixture.nativeElement.querySelector('[role=status]').textContent).toContain('Länken är kopierad');

    writeText.mockRejectedValue(new Error('denied'));
    button.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('[role=status] code').textContent).toBe(
      'webcal://samverkan.example.se/api/agenda-items/i1/calendar.ics',
    );
  });

  it('can sit under a section heading as an h3', () => {
    const fixture = render();
    fixture.componentRef.setInput('headingLevel', 3);
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('h2')).toBeNull();
    expect(fixture.nativeElement.querySelector('h3')?.textContent).toContain('Till din kalender');
  });
});
