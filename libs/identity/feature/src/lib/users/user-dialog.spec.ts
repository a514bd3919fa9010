import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { UserResponse } from '@samverkan/identity/contract';
import { identityTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { UserDialog, type UserDialogData } from './user-dialog';

const eva: UserResponse = {
  id: 'u-7',
  email: 'eva@finspang.se',
  name: 'Eva Ek',
  roles: ['programme-council'],
  active: true,
  organisationId: 'o-1',
  organisationName: 'Finspångs kommun',
  createdAt: '2026-01-01T00:00:00Z',
};

describe('UserDialog', () => {
  let fixture: ComponentFixture<UserDialog>;
  let http: HttpTestingController;
  const close = jest.fn();

  async function render(data: UserDialogData): Promise<void> {
    close.mockReset();
    TestBed.configureTestingModule({
      providers: [...identityTestProviders(), { provide: MAT_DIALOG_DATA, useValue: data }, { provide: MatDialogRef, useValue: { close } }],
    });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UserDialog);
    TestBed.tick();
    http.expectOne('/api/organisations').flush({
      items: [{ id: 'o-1', name: 'Finspångs kommun', type: 'municipality', member: true, createdAt: '' }],
      total: 1,
    });
    await fixture.whenStable();
  }

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const input = (name: string): HTMLInputElement => element().querySelector(`input[formcontrolname="${name}"]`) as HTMLInputElement;
  const errorOf = (name: string): string => input(name).closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? '';
  const checkbox = (label: string): HTMLInputElement =>
    Array.from(element().querySelectorAll('mat-checkbox'))
      .find((c) => c.textContent?.includes(label))
      ?.querySelector('input') as HTMLInputElement;

  async function type(name: string, value: string): Promise<void> {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input'));
    input(name).dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function save(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('requires name, e-mail and a password of at least 12 characters when creating', async () => {
    await render({});
    await type('password', 'kort');
    await save();
    expect(errorOf('name')).toBe('Fältet måste fyllas i.');
    expect(errorOf('email')).toBe('Fältet måste fyllas i.');
    expect(errorOf('password')).toBe('Ange minst 12 tecken.');
    http.expectNone('/api/users');
  });

  it('creates a user with the chosen roles and shows "taken" next to the e-mail field', async () => {
    await render({});
    await type('name', 'Nils Nord');
    await type('email', 'nils@sandviken.se');
    await type('password', 'ett-langt-losenord');
    checkbox('Arbetsutskottet').click();
    checkbox('Administratör').click();
    await fixture.whenStable();
    await save();
    const request = http.expectOne('/api/users');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      email: 'nils@sandviken.se',
      name: 'Nils Nord',
      password: 'ett-langt-losenord',
      roles: ['admin', 'working-committee'],
      organisationId: null,
    });
    request.flush(
      { statusCode: 409, message: 'Det finns redan en post med samma värde.', errors: { email: 'taken' } },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(errorOf('email')).toBe('Värdet används redan.');
    expect(close).not.toHaveBeenCalled();
  });

  it('edits without sending a password unless one is typed, and closes with the saved user', async () => {
    await render({ user: eva });
    expect(input('email')).toBeNull();
    expect(element().textContent).toContain('eva@finspang.se');
    await type('name', 'Eva Ekström');
    checkbox('Kontot är aktivt').click();
    await fixture.whenStable();
    await save();
    const request = http.expectOne('/api/users/u-7');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      name: 'Eva Ekström',
      roles: ['programme-council'],
      organisationId: 'o-1',
      active: false,
    });
    const saved = { ...eva, name: 'Eva Ekström', active: false };
    request.flush(saved);
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(saved);
  });

  it('shows a message that is not about a field above the form', async () => {
    await render({ user: eva });
    await save();
    http.expectOne('/api/users/u-7').error(new ProgressEvent('error'));
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Det gick inte att nå servern.');
  });
});
