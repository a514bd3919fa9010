import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import type { FocusAreaResponse } from '@samverkan/strategy/contract';
import { aConference, conferencesTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { ConferenceEditPage } from './conference-edit-page';

@Component({ template: '' })
class Blank {}

const focusAreas: FocusAreaResponse[] = [
  {
    code: 'infrastructure',
    titleSv: 'En infrastruktur i alla dimensioner',
    titleEn: 'Infrastructure',
    descriptionSv: '',
    descriptionEn: '',
  },
  { code: 'skills', titleSv: 'Kompetensförsörjning för konkurrenskraft', titleEn: 'Skills', descriptionSv: '', descriptionEn: '' },
];

describe('ConferenceEditPage', () => {
  let fixture: ComponentFixture<ConferenceEditPage>;
  let http: HttpTestingController;

  async function render(id?: string, conference?: ConferenceResponse): Promise<void> {
    TestBed.configureTestingModule({
      providers: [...conferencesTestProviders(), provideRouter([{ path: 'arbetsutskottet/konferenser/:id', component: Blank }])],
    });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ConferenceEditPage);
    if (id) fixture.componentRef.setInput('id', id);
    TestBed.tick();
    http.expectOne('/api/focus-areas').flush(focusAreas);
    http
      .expectOne((req) => req.url === '/api/organisations')
      .flush({ items: [{ id: 'o-1', name: 'Finspångs kommun', type: 'municipality', member: true, createdAt: '' }], total: 1 });
    if (id && conference) http.expectOne(`/api/conferences/${id}`).flush(conference);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = ''));
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const input = (selector: string): HTMLInputElement => element().querySelector(selector) as HTMLInputElement;
  const named = (name: string): HTMLInputElement => input(`[formcontrolname="${name}"]`);
  const moment = (group: string, part: 'date' | 'time'): HTMLInputElement =>
    input(`[data-moment="${group}"] input[formcontrolname="${part}"]`);
  const button = (text: string): HTMLButtonElement =>
    Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.includes(text)) as HTMLButtonElement;
  const checkbox = (label: string): HTMLInputElement =>
    Array.from(element().querySelectorAll('mat-checkbox'))
      .find((c) => c.textContent?.includes(label))
      ?.querySelector('input') as HTMLInputElement;

  async function type(field: HTMLInputElement, value: string): Promise<void> {
    field.value = value;
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('refuses an empty form with messages next to the fields, and sends nothing', async () => {
    await render();
    expect(element().querySelector('h1')?.textContent).toContain('Ny konferens');
    await submit();
    const errors = Array.from(element().querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    expect(errors.filter((e) => e === 'Fältet måste fyllas i.').length).toBe(3); // title, start date, end date
    expect(element().textContent).toContain('Välj minst ett fokusområde.');
    http.expectNone((req) => req.method === 'POST');
  });

  it('creates a draft with Stockholm times converted to ISO with offset, then opens it', async () => {
    await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate');
    await type(named('titleSv'), 'Höstkonferens 2027');
    await type(named('venue'), 'Folkets hus');
    await type(moment('startsAt', 'date'), '2027-10-05');
    await type(moment('endsAt', 'date'), '2027-10-06');
    await type(moment('endsAt', 'time'), '15:30');
    await type(named('capacity'), '1');
    checkbox('Kompetensförsörjning').click();
    await fixture.whenStable();
    await submit();

    const request = http.expectOne((req) => req.method === 'POST' && req.url === '/api/conferences');
    expect(request.request.body).toEqual({
      titleSv: 'Höstkonferens 2027',
      titleEn: null,
      descriptionSv: null,
      descriptionEn: null,
      hostOrganisationId: null,
      venue: 'Folkets hus',
      address: null,
      startsAt: '2027-10-05T09:00:00+02:00',
      endsAt: '2027-10-06T15:30:00+02:00',
      capacity: 1,
      registrationOpensAt: null,
      registrationClosesAt: null,
      focusAreaCodes: ['skills'],
    });
    request.flush(aConference({ id: 'new-1', status: 'draft' }), { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/arbetsutskottet/konferenser', 'new-1'], { state: { created: true } });
  });

  it('fills the form from the conference, saves a change with PATCH and shows the API field errors next to the field', async () => {
    await render('c-1', aConference({ id: 'c-1', status: 'draft' }));
    expect(element().querySelector('h1')?.textContent?.trim()).toBe('Industrikommunernas vårkonferens');
    expect(named('titleSv').value).toBe('Industrikommunernas vårkonferens');
    expect(moment('startsAt', 'date').value).toBe('2027-04-14');
    expect(moment('startsAt', 'time').value).toBe('09:00');
    expect(checkbox('Kompetensförsörjning').checked).toBe(true);
    expect(checkbox('En infrastruktur').checked).toBe(true);
    expect(element().querySelector('a[href="/arbetsutskottet/konferenser/c-1/program"]')?.textContent?.trim()).toBe('Programmet');
    // A draft can be published, but not while there are unsaved changes.
    expect(button('Publicera').disabled).toBe(false);

    await type(moment('endsAt', 'date'), '2027-04-13');
    expect(button('Publicera').disabled).toBe(true);
    await submit();
    const patch = http.expectOne((req) => req.method === 'PATCH' && req.url === '/api/conferences/c-1');
    expect(patch.request.body.endsAt).toBe('2027-04-13T16:00:00+02:00');
    patch.flush(
      { statusCode: 422, message: 'Tiderna går inte ihop.', errors: { endsAt: 'beforeStart' } },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    expect(element().querySelector('[data-moment="endsAt"] .sv-field-error')?.textContent).toContain('Slutet måste komma efter början.');

    await type(moment('endsAt', 'date'), '2027-04-15');
    expect(element().querySelector('[data-moment="endsAt"] .sv-field-error')).toBeNull();
    await submit();
    const saved = aConference({ id: 'c-1', status: 'draft', capacity: 150 });
    http.expectOne((req) => req.method === 'PATCH').flush(saved);
    await fixture.whenStable();
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Ändringarna är sparade.');
    expect(button('Publicera').disabled).toBe(false);
  });

  it('publishes a draft and says so', async () => {
    await render('c-1', aConference({ id: 'c-1', status: 'draft' }));
    button('Publicera').click();
    const publish = http.expectOne('/api/conferences/c-1/publish');
    expect(publish.request.method).toBe('POST');
    publish.flush(aConference({ id: 'c-1', status: 'published' }));
    await fixture.whenStable();
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Industrikommunernas vårkonferens är publicerad.');
    expect(element().querySelector('.sv-status-chip')?.textContent).toContain('Publicerad');
    expect(button('Publicera')).toBeUndefined();
  });

  it('asks before cancelling, and cancels only when confirmed', async () => {
    await render('c-1', aConference({ id: 'c-1' }));
    button('Ställ in konferensen').click();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    const dialog = (): HTMLElement | null => document.querySelector('mat-dialog-container');
    expect(dialog()?.getAttribute('role')).toBe('alertdialog');
    expect(dialog()?.textContent).toContain('Ställa in konferensen?');
    expect(dialog()?.textContent).toContain('Ingen kan längre anmäla sig till Industrikommunernas vårkonferens');

    (Array.from(dialog()?.querySelectorAll('button') ?? []).find((b) => b.textContent?.includes('Avbryt')) as HTMLButtonElement).click();
    await fixture.whenStable();
    http.expectNone('/api/conferences/c-1/status');

    button('Ställ in konferensen').click();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    (Array.from(dialog()?.querySelectorAll('button') ?? []).find((b) => b.textContent?.trim() === 'Ställ in') as HTMLButtonElement).click();
    await fixture.whenStable();
    const request = http.expectOne('/api/conferences/c-1/status');
    expect(request.request.body).toEqual({ status: 'cancelled' });
    request.flush(aConference({ id: 'c-1', status: 'cancelled', registrationOpen: false }));
    await fixture.whenStable();
    expect(element().querySelector('.sv-status-chip')?.textContent).toContain('Inställd');
  });

  it('shows that the conference does not exist', async () => {
    TestBed.configureTestingModule({ providers: [...conferencesTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ConferenceEditPage);
    fixture.componentRef.setInput('id', 'gone');
    TestBed.tick();
    http.expectOne('/api/focus-areas').flush(focusAreas);
    http.expectOne((req) => req.url === '/api/organisations').flush({ items: [], total: 0 });
    http.expectOne('/api/conferences/gone').flush({ statusCode: 404, message: 'x' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Konferensen finns inte.');
    expect(element().querySelector('form')).toBeNull();
  });
});
