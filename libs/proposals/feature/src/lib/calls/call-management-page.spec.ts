import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { FOCUS_AREAS, proposalsTestProviders } from '../../testing/fixtures';
import { CallManagementPage } from './call-management-page';

describe('CallManagementPage', () => {
  let fixture: ComponentFixture<CallManagementPage>;
  let http: HttpTestingController;

  async function render(omraden?: string): Promise<void> {
    TestBed.configureTestingModule({ providers: [...proposalsTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CallManagementPage);
    fixture.componentRef.setInput('id', 'c-1');
    if (omraden !== undefined) fixture.componentRef.setInput('omraden', omraden);
    TestBed.tick();
    http.expectOne('/api/conferences/c-1/calls').flush([]);
    http.expectOne('/api/focus-areas').flush(FOCUS_AREAS);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const checked = (): string[] =>
    Array.from(element().querySelectorAll('mat-checkbox'))
      .filter((box) => box.querySelector('input')?.checked)
      .map((box) => box.textContent?.trim() ?? '');

  it("pre-fills the focus areas from the coverage report's gaps (unknown codes ignored) and says so", async () => {
    await render('living-environment,skills,not-an-area');
    expect(checked()).toEqual(['Kompetensförsörjning för konkurrenskraft', 'En attraktiv livsmiljö']);
    expect(element().querySelector('[data-prefilled]')?.textContent).toContain('förifyllda med luckorna i täckningsrapporten');
  });

  it('starts with no area chosen and no note without the parameter', async () => {
    await render();
    expect(checked()).toEqual([]);
    expect(element().querySelector('[data-prefilled]')).toBeNull();
  });
});
