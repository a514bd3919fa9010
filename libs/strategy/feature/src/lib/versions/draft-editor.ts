import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, output, signal } from '@angular/core';
import { FormArray, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators, type FormControl } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { StrategyContentRequest, StrategyVersionResponse } from '@samverkan/strategy/contract';
import { ErrorMessage, LanguageService, errorText } from '@samverkan/shared/ui';
import { StrategyApi } from './strategy-api';
import { areaTitle, moved } from './strategy-view';

type PositionForm = FormGroup<{ id: FormControl<string>; text: FormControl<string> }>;
type AreaForm = FormGroup<{
  code: FormControl<string>;
  titleSv: FormControl<string>;
  titleEn: FormControl<string>;
  text: FormControl<string>;
  positions: FormArray<PositionForm>;
}>;

/** The committee's editor of a draft: title, preamble, vision, each area's text, and its positions (add, edit, move, remove). */
@Component({
  selector: 'sv-strategy-draft-editor',
  imports: [ReactiveFormsModule, MatButton, MatIconButton, MatIcon, MatFormField, MatLabel, MatInput, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="sv-draft-editor">{{ 'strategyPages.editor.heading' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" class="sv-draft-editor" aria-labelledby="sv-draft-editor" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'strategyPages.editor.title' | translate }}</mat-label>
        <input matInput formControlName="title" required maxlength="300" />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'strategyPages.editor.preamble' | translate }}</mat-label>
        <textarea matInput formControlName="preamble" rows="6"></textarea>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'strategyPages.editor.vision' | translate }}</mat-label>
        <textarea matInput formControlName="vision" rows="5"></textarea>
      </mat-form-field>
      @for (area of form.controls.focusAreas.controls; track area; let a = $index) {
        <fieldset class="sv-draft-editor__area" [formGroup]="area">
          <legend>{{ titleOf(area) }}</legend>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'strategyPages.editor.areaText' | translate: { area: titleOf(area) } }}</mat-label>
            <textarea matInput formControlName="text" rows="5"></textarea>
          </mat-form-field>
          <ol class="sv-draft-editor__positions" formArrayName="positions">
            @for (position of area.controls.positions.controls; track position; let p = $index) {
              <li [formGroup]="position" class="sv-draft-editor__position">
                <mat-form-field appearance="outline">
                  <mat-label>{{ 'strategyPages.editor.position' | translate: { n: p + 1, area: titleOf(area) } }}</mat-label>
                  <textarea matInput formControlName="text" rows="2" required></textarea>
                </mat-form-field>
                <button
                  mat-icon-button
                  type="button"
                  [disabled]="p === 0"
                  (click)="move(a, p, -1)"
                  [attr.aria-label]="'strategyPages.editor.moveUp' | translate: { n: p + 1 }"
                >
                  <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">arrow_upward</mat-icon>
                </button>
                <button
                  mat-icon-button
                  type="button"
                  [disabled]="p === area.controls.positions.length - 1"
                  (click)="move(a, p, 1)"
                  [attr.aria-label]="'strategyPages.editor.moveDown' | translate: { n: p + 1 }"
                >
                  <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">arrow_downward</mat-icon>
                </button>
                <button
                  mat-icon-button
                  type="button"
                  (click)="remove(a, p)"
                  [attr.aria-label]="'strategyPages.editor.remove' | translate: { n: p + 1 }"
                >
                  <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">delete</mat-icon>
                </button>
              </li>
            }
          </ol>
          <button mat-stroked-button type="button" (click)="add(a)">
            {{ 'strategyPages.editor.addPosition' | translate: { area: titleOf(area) } }}
          </button>
        </fieldset>
      }
      @if (error(); as message) {
        <sv-error-message [message]="message" />
      }
      @if (saved()) {
        <p role="status">{{ 'strategyPages.editor.saved' | translate }}</p>
      }
      <button mat-flat-button type="submit" [disabled]="busy()">{{ 'strategyPages.editor.save' | translate }}</button>
    </form>
  `,
  styles: `
    .sv-draft-editor {
      display: flex;
      flex-direction: column;
      max-width: 860px;
    }
    .sv-draft-editor__area {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      margin: 0 0 16px;
      padding: 8px 16px 16px;
      display: flex;
      flex-direction: column;
      align-items: stretch;
    }
    .sv-draft-editor__area > button {
      align-self: flex-start;
    }
    .sv-draft-editor__positions {
      padding-left: 20px;
    }
    .sv-draft-editor__position {
      display: flex;
      align-items: flex-start;
      gap: 4px;
    }
    .sv-draft-editor__position mat-form-field {
      flex: 1;
    }
  `,
})
export class DraftEditor implements OnInit {
  private readonly api = inject(StrategyApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  readonly version = input.required<StrategyVersionResponse>();
  readonly savedVersion = output<StrategyVersionResponse>();

  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(300)]],
    preamble: [''],
    vision: [''],
    focusAreas: this.fb.array<AreaForm>([]),
  });
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly lang = computed(() => this.language.current());

  ngOnInit(): void {
    this.load(this.version());
  }

  /** Fills the form from the version as the API answered it (after saving too, so new positions get their ids). */
  private load(v: StrategyVersionResponse): void {
    this.form.controls.focusAreas.clear();
    this.form.patchValue({ title: v.title, preamble: v.preamble, vision: v.vision });
    for (const area of v.focusAreas) {
      this.form.controls.focusAreas.push(
        this.fb.group({
          code: [area.code],
          titleSv: [area.titleSv],
          titleEn: [area.titleEn],
          text: [area.text],
          positions: this.fb.array(area.positions.map((p) => this.position(p.id, p.text))),
        }),
      );
    }
  }

  protected titleOf(area: AreaForm): string {
    return areaTitle(area.getRawValue(), this.lang());
  }

  protected add(a: number): void {
    this.form.controls.focusAreas.at(a).controls.positions.push(this.position('', ''));
  }

  protected remove(a: number, p: number): void {
    this.form.controls.focusAreas.at(a).controls.positions.removeAt(p);
  }

  protected move(a: number, p: number, step: -1 | 1): void {
    const positions = this.form.controls.focusAreas.at(a).controls.positions;
    const order = moved(positions.controls, p, step);
    positions.clear();
    for (const control of order) positions.push(control);
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const body: StrategyContentRequest = {
      title: value.title,
      preamble: value.preamble,
      vision: value.vision,
      focusAreas: value.focusAreas.map((area) => ({
        code: area.code,
        titleSv: area.titleSv,
        titleEn: area.titleEn,
        text: area.text,
        positions: area.positions.map((p) => (p.id ? { id: p.id, text: p.text } : { text: p.text })),
      })),
    };
    this.busy.set(true);
    this.saved.set(false);
    this.error.set(null);
    this.api.updateContent(this.version().id, body).subscribe({
      next: (version) => {
        this.busy.set(false);
        this.saved.set(true);
        this.load(version);
        this.savedVersion.emit(version);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(errorText(error, this.translate));
      },
    });
  }

  private position(id: string, text: string): PositionForm {
    return this.fb.group({ id: [id], text: [text, [Validators.required, Validators.minLength(3), Validators.maxLength(2000)]] });
  }
}
