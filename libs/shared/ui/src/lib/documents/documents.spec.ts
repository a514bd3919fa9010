import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom, of } from 'rxjs';
import type { DocumentSummary } from '@samverkan/shared/contract';
import { errorInterceptor } from '../http/error-interceptor';
import { LanguageService } from '../i18n/language';
import { provideI18n } from '../i18n/provide-i18n';
import { sharedTexts } from '../i18n/shared-texts';
import { Documents } from './documents';

const file = (over: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id: 'd-1',
  fileName: 'Bakgrund.pdf',
  contentType: 'application/pdf',
  size: 1536,
  createdAt: '2027-03-01T10:00:00+01:00',
  ...over,
});

describe('Documents', () => {
  let http: HttpTestingController;
  const confirm = jest.fn();

  beforeEach(async () => {
    confirm.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        provideI18n({ texts: [sharedTexts] }),
        { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(confirm()) }) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await firstValueFrom(TestBed.inject(LanguageService).use('sv'));
  });
  afterEach(() => http.verify());

  function render(canEdit: boolean) {
    const fixture = TestBed.createComponent(Documents);
    fixture.componentRef.setInput('parentType', 'meeting-item');
    fixture.componentRef.setInput('parentId', 'p-1');
    fixture.componentRef.setInput('canEdit', canEdit);
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('lists the files of its parent with type and size, and offers no upload when it may not edit', () => {
    const { fixture, el } = render(false);
    http.expectOne('/api/documents?parentType=meeting-item&parentId=p-1').flush([file(), file({ id: 'd-2', fileName: 'data.csv', contentType: 'text/csv', size: 300 })]);
    fixture.detectChanges();
    const items = [...el.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual(['Bakgrund.pdfPDF, 1,5 kB', 'data.csvText, 300 B']);
    expect(el.querySelector('a')?.getAttribute('href')).toBe('/api/documents/d-1');
    expect(el.querySelector('input[type=file]')).toBeNull();
    expect(el.querySelector('button')).toBeNull();
  });

  it('says when there are no files, and when they could not be loaded', () => {
    const { fixture, el } = render(true);
    http.expectOne((r) => r.url === '/api/documents').flush([]);
    fixture.detectChanges();
    expect(el.textContent).toContain('Inga filer ännu.');
    fixture.componentInstance.load();
    http.expectOne((r) => r.url === '/api/documents').flush({ statusCode: 500 }, { status: 500, statusText: 'Error' });
    fixture.detectChanges();
    expect(el.textContent).toContain('Filerna kunde inte hämtas.');
  });

  it('uploads the chosen file after the parent fields, then lists it again', () => {
    const { fixture, el } = render(true);
    http.expectOne((r) => r.url === '/api/documents').flush([]);
    const input = el.querySelector('input[type=file]') as HTMLInputElement;
    const chosen = new File(['%PDF-1.4'], 'Underlag.pdf', { type: 'application/pdf' });
    Object.defineProperty(input, 'files', { value: [chosen] });
    input.dispatchEvent(new Event('change'));
    const post = http.expectOne({ method: 'POST', url: '/api/documents' });
    const form = post.request.body as FormData;
    expect([...form.keys()]).toEqual(['parentType', 'parentId', 'file']);
    expect(form.get('parentId')).toBe('p-1');
    post.flush({ id: 'd-9', fileName: 'Underlag.pdf', contentType: 'application/pdf', size: 8 });
    http.expectOne((r) => r.url === '/api/documents' && r.method === 'GET').flush([file({ id: 'd-9', fileName: 'Underlag.pdf' })]);
    fixture.detectChanges();
    expect(el.textContent).toContain('Underlag.pdf är uppladdad.');
  });

  it('shows the API’s refusal of an upload', () => {
    const { fixture, el } = render(true);
    http.expectOne((r) => r.url === '/api/documents').flush([]);
    const input = el.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['MZ'], 'x.pdf')] });
    input.dispatchEvent(new Event('change'));
    http
      .expectOne({ method: 'POST', url: '/api/documents' })
      .flush({ statusCode: 415, code: 'document.type-refused', message: 'Den filtypen tas inte emot.' }, { status: 415, statusText: 'Unsupported' });
    fixture.detectChanges();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Den filtypen tas inte emot.');
  });

  it('deletes only after confirmation', async () => {
    const { fixture, el } = render(true);
    http.expectOne((r) => r.url === '/api/documents').flush([file()]);
    fixture.detectChanges();
    const remove = () => (el.querySelector('.sv-documents__delete') as HTMLButtonElement).click();
    confirm.mockReturnValue(false);
    remove();
    await fixture.whenStable();
    http.expectNone({ method: 'DELETE' });
    confirm.mockReturnValue(true);
    remove();
    await fixture.whenStable();
    http.expectOne({ method: 'DELETE', url: '/api/documents/d-1' }).flush(null, { status: 204, statusText: 'No Content' });
    fixture.detectChanges();
    expect(el.querySelectorAll('li')).toHaveLength(0);
    expect(el.textContent).toContain('Bakgrund.pdf är borttagen.');
  });
});
