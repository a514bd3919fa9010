import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ControlContainer, FormGroupDirective, ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldErrorPipe } from '../forms/field-error';

/**
 * The title and (optionally) description of something shown in both languages, as four fields:
 * `<sv-bilingual-fields [description]="true" />` inside a `[formGroup]` with the controls `titleSv`
 * (required), `titleEn`, `descriptionSv` and `descriptionEn`. Each field carries its `lang`, and the
 * English ones say that the Swedish text shows when they are left empty.
 */
@Component({
  selector: 'sv-bilingual-fields',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatHint, MatInput, TranslatePipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The controls belong to the parent's form.
  viewProviders: [{ provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) }],
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ 'bilingual.titleSv' | translate }}</mat-label>
      <input matInput formControlName="titleSv" lang="sv" required />
      <mat-error>{{ control('titleSv') | svFieldError }}</mat-error>
    </mat-form-field>
    <mat-form-field appearance="outline">
      <mat-label>{{ 'bilingual.titleEn' | translate }}</mat-label>
      <input matInput formControlName="titleEn" lang="en" />
      <mat-hint>{{ 'bilingual.optionalEnglish' | translate }}</mat-hint>
      <mat-error>{{ control('titleEn') | svFieldError }}</mat-error>
    </mat-form-field>
    @if (description()) {
      <mat-form-field appearance="outline">
        <mat-label>{{ 'bilingual.descriptionSv' | translate }}</mat-label>
        <textarea matInput formControlName="descriptionSv" [rows]="rows()" lang="sv"></textarea>
        <mat-error>{{ control('descriptionSv') | svFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'bilingual.descriptionEn' | translate }}</mat-label>
        <textarea matInput formControlName="descriptionEn" [rows]="rows()" lang="en"></textarea>
        <mat-hint>{{ 'bilingual.optionalEnglish' | translate }}</mat-hint>
        <mat-error>{{ control('descriptionEn') | svFieldError }}</mat-error>
      </mat-form-field>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class BilingualFields {
  /** Whether to show the two description fields (a programme item in the editor has a title only). */
  readonly description = input(true);
  readonly rows = input(3);
  private readonly container = inject(ControlContainer);

  protected control(name: string): AbstractControl | null {
    return (this.container as FormGroupDirective).form?.get(name) ?? this.container.control?.get(name) ?? null;
  }
}
