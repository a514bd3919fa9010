import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ROLES, type Role, type UpdateUserRequest, type UserResponse } from '@samverkan/identity/contract';
import type { Id } from '@samverkan/shared/contract';
import { ErrorMessage, FieldErrorPipe, applyServerErrors, asApiError, errorText } from '@samverkan/shared/ui';
import type { Observable } from 'rxjs';
import { OrganisationsApi } from '../organisations/organisations-api';
import { UsersApi } from './users-api';

export interface UserDialogData {
  /** Absent when creating. */
  user?: UserResponse;
}

/** The API's rule for passwords an administrator sets. */
export const MIN_PASSWORD_LENGTH = 12;

/** Creates a user, or edits name, roles, organisation, active and (optionally) password; closes with the saved user. */
@Component({
  selector: 'sv-user-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-dialog.html',
})
export class UserDialog {
  private readonly users = inject(UsersApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly dialogRef = inject<MatDialogRef<UserDialog, UserResponse>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly data = inject<UserDialogData>(MAT_DIALOG_DATA);

  protected readonly user = this.data.user;
  protected readonly editing = this.user !== undefined;
  protected readonly roles = ROLES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.user?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    email: [this.user?.email ?? '', [Validators.required, Validators.email, Validators.maxLength(254)]],
    // Required when creating; when editing, empty means "keep the password".
    password: ['', [...(this.editing ? [] : [Validators.required]), Validators.minLength(MIN_PASSWORD_LENGTH), Validators.maxLength(200)]],
    roles: [[...(this.user?.roles ?? [])] as Role[]],
    organisationId: [(this.user?.organisationId ?? null) as Id | null],
    active: [this.user?.active ?? true],
  });
  protected readonly organisations = rxResource({ stream: () => this.organisationsApi.list() });
  protected readonly organisationOptions = computed(() =>
    this.organisations.hasValue() ? [...this.organisations.value().items].sort((a, b) => a.name.localeCompare(b.name, 'sv')) : [],
  );
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    // The e-mail address is the login and is not changed here; a disabled control does not count towards validity.
    if (this.editing) {
      this.form.controls.email.disable();
    }
  }

  protected hasRole(role: Role): boolean {
    return this.form.controls.roles.value.includes(role);
  }

  protected toggleRole(role: Role, checked: boolean): void {
    const others = this.form.controls.roles.value.filter((r) => r !== role);
    // Keep the contract's order so the request does not depend on click order.
    const next = checked ? ROLES.filter((r) => r === role || others.includes(r)) : others;
    this.form.controls.roles.setValue(next);
    this.form.controls.roles.markAsDirty();
  }

  protected saveUser(): void {
    if (this.saving()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const request: Observable<UserResponse> = this.user
      ? this.users.update(this.user.id, this.updateBody(value))
      : this.users.create({
          email: value.email.trim(),
          name: value.name.trim(),
          password: value.password,
          roles: value.roles,
          organisationId: value.organisationId,
        });
    this.saving.set(true);
    request.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        if (!applyServerErrors(this.form, apiError)) {
          this.failure.set(errorText(apiError, this.translate));
        }
      },
    });
  }

  private updateBody(value: ReturnType<typeof this.form.getRawValue>): UpdateUserRequest {
    const body: UpdateUserRequest = {
      name: value.name.trim(),
      roles: value.roles,
      organisationId: value.organisationId,
      active: value.active,
    };
    return value.password ? { ...body, password: value.password } : body;
  }
}
