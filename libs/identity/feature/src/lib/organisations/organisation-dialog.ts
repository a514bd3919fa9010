import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
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
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ORGANISATION_TYPES, type OrganisationResponse, type OrganisationType } from '@samverkan/identity/contract';
import { ErrorMessage, FieldErrorPipe, applyServerErrors, asApiError, errorText } from '@samverkan/shared/ui';
import type { Observable } from 'rxjs';
import { OrganisationsApi } from './organisations-api';

export interface OrganisationDialogData {
  /** Absent when creating. */
  organisation?: OrganisationResponse;
}

/** Creates or edits an organisation; closes with the saved organisation. */
@Component({
  selector: 'sv-organisation-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
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
  templateUrl: './organisation-dialog.html',
})
export class OrganisationDialog {
  private readonly api = inject(OrganisationsApi);
  private readonly dialogRef = inject<MatDialogRef<OrganisationDialog, OrganisationResponse>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly data = inject<OrganisationDialogData>(MAT_DIALOG_DATA);

  protected readonly editing = this.data.organisation !== undefined;
  protected readonly types = ORGANISATION_TYPES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.organisation?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    type: [this.data.organisation?.type ?? ('municipality' as OrganisationType), Validators.required],
    member: [this.data.organisation?.member ?? false],
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected saveOrganisation(): void {
    if (this.saving()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const body = { ...this.form.getRawValue(), name: this.form.getRawValue().name.trim() };
    const id = this.data.organisation?.id;
    const request: Observable<OrganisationResponse> = id ? this.api.update(id, body) : this.api.create(body);
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
}
