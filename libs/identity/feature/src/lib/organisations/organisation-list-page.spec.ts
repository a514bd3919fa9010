import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { OrganisationResponse } from '@samverkan/identity/contract';
import { identityTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { OrganisationListPage } from './organisation-list-page';

const finspang: OrganisationResponse = {
  id: 'o-1',
  name: 'Finspångs kommun',
  type: 'municipality',
  member: true,
  createdAt: '2026-01-01T00:00:00Z',
};

describe('OrganisationListPage', () => {
  let fixture: ComponentFixture<OrganisationListPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...identityTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OrganisationListPage);
    TestBed.tick();
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = ''));
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const rows = (): string[][] =>
    Array.from(element().querySelectorAll('tr.mat-mdc-row')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim() ?? ''),
    );
  const dialog = (): HTMLElement | null => document.querySelector('mat-dialog-container');

  async function answerList(flush: (req: TestRequest) => void): Promise<TestRequest> {
    const request = http.expectOne((req) => req.url === '/api/organisations' && req.method === 'GET');
    flush(request);
    await fixture.whenStable();
    return request;
  }

  async function type(input: HTMLInputElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  it('shows loading, then the organisations with translated type and member status', async () => {
    expect(element().textContent).toContain('Laddar…');
    await answerList((req) => req.flush({ items: [finspang], total: 1 }));
    expect(element().textContent).not.toContain('Laddar…');
    expect(rows()).toEqual([['Finspångs kommun', 'Kommun', 'Ja', 'edit']]);
    expect(element().textContent).toContain('1 organisation');
    expect(element().querySelector('button[aria-label="Ändra Finspångs kommun"]')).not.toBeNull();
  });

  it('says when there are no organisations', async () => {
    await answerList((req) => req.flush({ items: [], total: 0 }));
    expect(element().textContent).toContain('Det finns inga organisationer ännu.');
    expect(element().querySelector('table')).toBeNull();
  });

  it('shows the error with a way to try again', async () => {
    await answerList((req) => req.flush({ statusCode: 403, message: 'Endast administratörer.' }, { status: 403, statusText: 'Forbidden' }));
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Endast administratörer.');
    (element().querySelector('sv-error-message button') as HTMLButtonElement).click();
    TestBed.tick();
    await answerList((req) => req.flush({ items: [finspang], total: 1 }));
    expect(element().querySelector('[role="alert"]')).toBeNull();
    expect(rows()).toHaveLength(1);
  });

  it('searches by name through the API', async () => {
    await answerList((req) => req.flush({ items: [finspang], total: 1 }));
    await type(element().querySelector('input[type="search"]') as HTMLInputElement, 'Finsp');
    await new Promise((resolve) => setTimeout(resolve, 350));
    TestBed.tick();
    const request = await answerList((req) => req.flush({ items: [], total: 0 }));
    expect(request.request.params.get('search')).toBe('Finsp');
    expect(request.request.params.has('type')).toBe(false);
    expect(element().textContent).toContain('Inga organisationer matchar sökningen.');
  });

  it('creates an organisation in a dialog, shows API field errors there, then lists it', async () => {
    await answerList((req) => req.flush({ items: [], total: 0 }));
    (Array.from(element().querySelectorAll('button')).find((b) => b.textContent?.includes('Ny organisation')) as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(dialog()?.querySelector('h2')?.textContent).toContain('Ny organisation');

    const save = (): void => (dialog()?.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    save();
    await fixture.whenStable();
    http.expectNone((req) => req.method === 'POST');
    expect(dialog()?.querySelector('mat-error')?.textContent).toContain('Fältet måste fyllas i.');

    await type(dialog()?.querySelector('input[formcontrolname="name"]') as HTMLInputElement, 'Sandvikens kommun');
    save();
    const conflict = http.expectOne((req) => req.method === 'POST');
    expect(conflict.request.body).toEqual({ name: 'Sandvikens kommun', type: 'municipality', member: false });
    conflict.flush(
      { statusCode: 409, message: 'Det finns redan en post med samma värde.', errors: { name: 'taken' } },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(dialog()?.querySelector('mat-error')?.textContent).toContain('Värdet används redan.');

    await type(dialog()?.querySelector('input[formcontrolname="name"]') as HTMLInputElement, 'Sandvikens kommun 2');
    save();
    const created = { ...finspang, id: 'o-2', name: 'Sandvikens kommun 2' };
    http.expectOne((req) => req.method === 'POST').flush(created);
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
    await answerList((req) => req.flush({ items: [created], total: 1 }));
    expect(dialog()).toBeNull();
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Organisationen Sandvikens kommun 2 har skapats.');
    expect(rows()[0][0]).toBe('Sandvikens kommun 2');
  });
});
