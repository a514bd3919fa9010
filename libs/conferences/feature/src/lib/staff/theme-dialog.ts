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
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CreateThemeRequest, ThemeResponse } from '@samverkan/conferences/contract';
import { ErrorMessage, FieldErrorPipe, applyServerErrors, asApiError, errorText } from '@samverkan/shared/ui';
import { BilingualFields } from '@samverkan/shared/ui/bilingual';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import type { LocalizedFocusArea } from '@samverkan/strategy/feature';
import type { Observable } from 'rxjs';
import { ConferencesApi } from '../conferences-api';
import { requireOne, toggleCode } from './conference-form';

export interface ThemeDialogData {
  conferenceId: string;
  /** Absent when adding. */
  theme?: ThemeResponse;
  /** The focus areas to choose from, in the UI language. */
  focusAreas: readonly LocalizedFocusArea[];
}

/** Adds or edits a conference theme; closes with the saved theme. */
@Component({
  selector: 'sv-theme-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatCheckbox,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
    BilingualFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (editing ? 'conferenceAdmin.editThemeHeading' : 'conferenceAdmin.addThemeHeading') | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="saveTheme()" novalidate>
      <mat-dialog-content>
        @if (failure(); as message) {
          <sv-error-message [message]="message" />
        }
        <div class="sv-form">
          <sv-bilingual-fields />
          <fieldset class="sv-fieldset">
            <legend>{{ 'conferenceAdmin.focusAreas' | translate }}</legend>
            @for (area of data.focusAreas; track area.code) {
              <mat-checkbox [checked]="hasFocusArea(area.code)" (change)="toggleFocusArea(area.code, $event.checked)">{{
                area.title
              }}</mat-checkbox>
            }
            @if (form.controls.focusAreaCodes.touched && form.controls.focusAreaCodes.errors) {
              <p class="sv-field-error">
                {{
                  form.controls.focusAreaCodes.errors['required']
                    ? ('conferenceAdmin.focusAreasRequired' | translate)
                    : (form.controls.focusAreaCodes | svFieldError)
                }}
              </p>
            }
          </fieldset>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ (saving() ? 'common.saving' : 'common.save') | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class ThemeDialog {
  private readonly api = inject(ConferencesApi);
  private readonly dialogRef = inject<MatDialogRef<ThemeDialog, ThemeResponse>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  protected readonly data = inject<ThemeDialogData>(MAT_DIALOG_DATA);

  protected readonly editing = this.data.theme !== undefined;
  protected readonly form = inject(NonNullableFormBuilder).group({
    titleSv: [this.data.theme?.titleSv ?? '', [Validators.required, Validators.minLength(3), Validators.maxLength(300)]],
    titleEn: [this.data.theme?.titleEn ?? '', [Validators.maxLength(300)]],
    descriptionSv: [this.data.theme?.descriptionSv ?? '', [Validators.maxLength(20000)]],
    descriptionEn: [this.data.theme?.descriptionEn ?? '', [Validators.maxLength(20000)]],
    focusAreaCodes: [this.data.theme?.focusAreas.map((area) => area.code) ?? ([] as FocusAreaCode[]), [requireOne]],
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected hasFocusArea(code: FocusAreaCode): boolean {
    return this.form.controls.focusAreaCodes.value.includes(code);
  }

  protected toggleFocusArea(code: FocusAreaCode, checked: boolean): void {
    const control = this.form.controls.focusAreaCodes;
    control.setValue(
      toggleCode(
        control.value,
        code,
        checked,
        this.data.focusAreas.map((area) => area.code),
      ),
    );
    control.markAsTouched();
  }

  protected saveTheme(): void {
    if (this.saving()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const body: CreateThemeRequest = {
      titleSv: value.titleSv.trim(),
      titleEn: value.titleEn.trim() || null,
      descriptionSv: value.descriptionSv.trim() || null,
      descriptionEn: value.descriptionEn.trim() || null,
      focusAreaCodes: value.focusAreaCodes,
    };
    const themeId = this.data.theme?.id;
    const request: Observable<ThemeResponse> = themeId
      ? this.api.updateTheme(this.data.conferenceId, themeId, body)
      : this.api.addTheme(this.data.conferenceId, body);
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
