import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { aConference, conferencesTestProviders } from '../../testing/fixtures';
import { ConferenceEditPage } from './conference-edit-page';
import { suggestedCopyStart } from './copy-conference-dialog';

@Component({ template: '' })
class Blank {}

describe('suggestedCopyStart', () => {
  it('suggests the same weekday and Stockholm time 52 weeks later, across summer time', () => {
    expect(suggestedCopyStart('2027-04-14T09:00:00+02:00')).toEqual({ date: '2028-04-12', time: '09:00' });
    // 23:30 UTC on 14 January is the 15th in Stockholm.
    expect(suggestedCopyStart('2027-01-14T23:30:00Z')).toEqual({ date: '2028-01-14', time: '00:30' });
  });
});

describe('copying a conference from its staff page', () => {
  let fixture: ComponentFixture<ConferenceEditPage>;
  let http: HttpTestingController;

  async function render(): Promise<void> {
    TestBed.configureTestingModule({
      providers: [...conferencesTestProviders(), provideRouter([{ path: 'arbetsutskottet/konferenser/:id', component: Blank }])],
    });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ConferenceEditPage);
    fixture.componentRef.setInput('id', 'c-1');
    TestBed.tick();
    http.expectOne('/api/focus-areas').flush([]);
    http.expectOne((req) => req.url === '/api/organisations').flush({ items: [], total: 0 });
    http.expectOne('/api/conferences/c-1').flush(aConference({ id: 'c-1', status: 'archived' }));
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = ''));
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const dialog = (): HTMLElement | null => document.querySelector('mat-dialog-container');
  const button = (text: string, root: ParentNode = document): HTMLButtonElement =>
    Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === text) as HTMLButtonElement;
  const field = (name: string): HTMLInputElement => dialog()?.querySelector(`input[formcontrolname="${name}"]`) as HTMLInputElement;

  async function openDialog(): Promise<void> {
    button('Kopiera konferens').click();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function type(input: HTMLInputElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function submitDialog(): Promise<void> {
    dialog()?.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('asks for the new start in Stockholm time, copies, and opens the new draft with a message', async () => {
    await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate');
    await openDialog();
    expect(dialog()?.querySelector('h2')?.textContent).toContain('Kopiera konferensen');
    expect(dialog()?.textContent).toContain('Kopian av Industrikommunernas vårkonferens blir ett nytt utkast');
    expect(dialog()?.textContent).toContain('Anmälningar, anmälningar till programpunkter och publicerade versioner');
    // The suggestion: same weekday and time a year later.
    expect([field('date').value, field('time').value]).toEqual(['2028-04-12', '09:00']);

    // Winter time: the request carries the Stockholm offset of that date.
    await type(field('date'), '2028-01-19');
    await type(field('time'), '08:30');
    await submitDialog();
    const request = http.expectOne('/api/conferences/c-1/copy');
    expect([request.request.method, request.request.body]).toEqual(['POST', { startsAt: '2028-01-19T08:30:00+01:00' }]);
    request.flush({ id: 'c-2', status: 'draft' }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    expect(navigate).toHaveBeenCalledWith(['/arbetsutskottet/konferenser', 'c-2'], { state: { copied: true } });
    expect(dialog()).toBeNull();
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Kopian är skapad som utkast med nya datum.');
  });

  it('refuses an empty date without a request, and shows the API error in the dialog', async () => {
    await render();
    await openDialog();
    await type(field('date'), '');
    await submitDialog();
    expect(dialog()?.querySelector('mat-error')?.textContent).toContain('Fältet måste fyllas i.');
    http.expectNone('/api/conferences/c-1/copy');

    await type(field('date'), '2028-04-12');
    await submitDialog();
    http
      .expectOne('/api/conferences/c-1/copy')
      .flush({ statusCode: 404, code: 'conferences.not-found', message: 'Konferensen finns inte.' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(dialog()?.querySelector('[role="alert"]')?.textContent).toContain('Konferensen finns inte.');
    expect(button('Skapa kopia', dialog() as HTMLElement).disabled).toBe(false);

    button('Avbryt', dialog() as HTMLElement).click();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 200));
    http.expectNone('/api/conferences/c-1/copy');
  });
});
