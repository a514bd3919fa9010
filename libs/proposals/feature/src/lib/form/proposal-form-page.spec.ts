import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { FOCUS_AREAS, aProposal, proposalsTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { ProposalFormPage } from './proposal-form-page';

@Component({ template: '' })
class Blank {}

describe('ProposalFormPage', () => {
  let fixture: ComponentFixture<ProposalFormPage>;
  let http: HttpTestingController;

  async function render(): Promise<void> {
    TestBed.configureTestingModule({
      providers: [...proposalsTestProviders(), provideRouter([{ path: 'programradet/forslag/:id', component: Blank }])],
    });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProposalFormPage);
    TestBed.tick();
    http.expectOne('/api/focus-areas').flush(FOCUS_AREAS);
    http
      .expectOne((req) => req.url === '/api/conferences')
      .flush([
        { id: 'c-1', status: 'published', titleSv: 'Industrikommunernas vårkonferens', titleEn: null },
        { id: 'c-old', status: 'archived', titleSv: 'Gammal konferens', titleEn: null },
      ]);
    http.expectOne((req) => req.url === '/api/proposals/gaps' && !req.params.has('conferenceId')).flush(NEXT_GAPS);
    await fixture.whenStable();
  }

  const NEXT_GAPS = {
    conferenceId: 'c-next',
    conferenceTitle: 'Höstkonferensen',
    minShare: 0.1,
    programmeMinutes: 120,
    shortAreas: [{ focusAreaCode: 'skills', share: 0.05 }],
  };

  afterEach(() => {
    // Choosing a conference asks for its gaps: answered here when a test does not look at them.
    for (const request of http.match((req) => req.url === '/api/proposals/gaps')) request.flush({ ...NEXT_GAPS, shortAreas: [] });
    http.verify();
  });

  it('says which chosen focus areas would fill a gap, for the next conference and then for the chosen one', async () => {
    await render();
    const status = () => element().querySelector('[data-gap-status]')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(checkbox('Kompetensförsörjning').closest('mat-checkbox')?.textContent).toContain('(under tröskeln i programmet)');
    expect(checkbox('En infrastruktur').closest('mat-checkbox')?.textContent).not.toContain('tröskeln');
    expect(status()).toBe('Inget av de valda fokusområdena är under tröskeln i Höstkonferensen.');
    expect(element().textContent?.replace(/\s+/g, ' ')).toContain(
      'Jämfört med programutkastet för Höstkonferensen: ett fokusområde under 10 % av programtiden är en lucka.',
    );

    checkbox('En infrastruktur').click();
    checkbox('Kompetensförsörjning').click();
    await fixture.whenStable();
    expect(status()).toBe('lightbulb Fyller en lucka: Kompetensförsörjning för konkurrenskraft');

    // Another conference: its own short areas.
    (
      fixture.componentInstance as unknown as { form: { controls: { targetConferenceId: { setValue(v: string): void } } } }
    ).form.controls.targetConferenceId.setValue('c-1');
    TestBed.tick();
    const request = http.expectOne((req) => req.url === '/api/proposals/gaps' && req.params.get('conferenceId') === 'c-1');
    request.flush({
      ...NEXT_GAPS,
      conferenceId: 'c-1',
      conferenceTitle: 'Vårkonferensen',
      shortAreas: [{ focusAreaCode: 'infrastructure', share: 0 }],
    });
    await fixture.whenStable();
    expect(status()).toBe('lightbulb Fyller en lucka: En infrastruktur i alla dimensioner');
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const field = (selector: string): HTMLInputElement => element().querySelector(selector) as HTMLInputElement;
  const checkbox = (label: string): HTMLInputElement =>
    Array.from(element().querySelectorAll('mat-checkbox'))
      .find((c) => c.textContent?.includes(label))
      ?.querySelector('input') as HTMLInputElement;
  const button = (text: string): HTMLButtonElement =>
    Array.from(element().querySelectorAll('button')).find((b) => b.textContent?.includes(text)) as HTMLButtonElement;
  const errorOf = (input: HTMLElement): string => input.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? '';

  async function type(input: HTMLInputElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('refuses a proposal without title, summary or focus area, with messages next to the fields', async () => {
    await render();
    await submit();
    expect(errorOf(field('[formcontrolname="title"]'))).toBe('Fältet måste fyllas i.');
    expect(errorOf(field('[formcontrolname="summary"]'))).toBe('Fältet måste fyllas i.');
    expect(element().querySelector('#focus-areas-error')?.textContent?.trim()).toBe('Välj minst ett fokusområde.');
    expect(element().querySelector('[data-focus-areas]')?.getAttribute('aria-describedby')).toBe('focus-areas-error');
    http.expectNone((req) => req.method === 'POST');
  });

  it('offers only conferences that can still get proposals', async () => {
    await render();
    const options = fixture.componentInstance['conferenceOptions']();
    expect(options.map((o) => o.title)).toEqual(['Industrikommunernas vårkonferens']);
  });

  it('adds and removes speakers as groups of fields, each with its own legend', async () => {
    await render();
    button('Lägg till talare').click();
    await fixture.whenStable();
    button('Lägg till talare').click();
    await fixture.whenStable();
    expect(Array.from(element().querySelectorAll('[data-speaker] legend')).map((l) => l.textContent?.trim())).toEqual([
      'Talare 1',
      'Talare 2',
    ]);
    (element().querySelector('button[aria-label="Ta bort talare 1"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(element().querySelectorAll('[data-speaker]')).toHaveLength(1);
  });

  it('creates a draft tagged with two focus areas and a speaker, and opens it', async () => {
    await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate');
    await type(field('[formcontrolname="title"]'), 'Attraktiva livsmiljöer för inflyttare');
    await type(field('textarea[formcontrolname="summary"]'), 'Hur industrikommuner lockar nya invånare.');
    checkbox('En infrastruktur i alla dimensioner').click();
    checkbox('En attraktiv livsmiljö').click();
    await fixture.whenStable();
    button('Lägg till talare').click();
    await fixture.whenStable();
    await type(field('[data-speaker="0"] input[formcontrolname="name"]'), 'Maria Lind');
    await submit();

    const request = http.expectOne({ method: 'POST', url: '/api/proposals' });
    expect(request.request.body).toEqual({
      kind: 'theme',
      title: 'Attraktiva livsmiljöer för inflyttare',
      summary: 'Hur industrikommuner lockar nya invånare.',
      description: null,
      focusAreaCodes: ['infrastructure', 'living-environment'],
      targetConferenceId: null,
      format: null,
      durationMinutes: null,
      speakers: [{ name: 'Maria Lind', organisation: null, contact: null }],
    });
    request.flush(aProposal({ id: 'p-9', state: 'draft' }));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/programradet/forslag', 'p-9'], { state: { saved: 'created' } });
  });

  it("shows the API's error for a nested speaker field next to that speaker's name", async () => {
    await render();
    await type(field('[formcontrolname="title"]'), 'Ett förslag');
    await type(field('textarea[formcontrolname="summary"]'), 'En tillräckligt lång sammanfattning.');
    checkbox('Kompetensförsörjning').click();
    button('Lägg till talare').click();
    await fixture.whenStable();
    await type(field('[data-speaker="0"] input[formcontrolname="name"]'), 'Bo');
    await submit();
    http
      .expectOne('/api/proposals')
      .flush(
        { statusCode: 400, message: 'Ange talarens namn.', errors: { 'speakers.0.name': 'minLength' } },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(errorOf(field('[data-speaker="0"] input[formcontrolname="name"]'))).toBe('Värdet är för kort.');
  });
});
