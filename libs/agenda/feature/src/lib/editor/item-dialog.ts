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
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  AGENDA_ITEM_TYPES,
  type AgendaItemRequest,
  type AgendaItemResponse,
  type AgendaItemType,
  type RoomResponse,
  type SpeakerRef,
  type UpdateAgendaItemRequest,
} from '@samverkan/agenda/contract';
import { ErrorMessage, FieldErrorPipe, applyServerErrors, asApiError, errorText } from '@samverkan/shared/ui';
import { BilingualFields } from '@samverkan/shared/ui/bilingual';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import type { Observable } from 'rxjs';
import { AgendaApi } from '../agenda-api';
import { timesOf, whenOf } from './item-form';
import { SpeakerInvitations } from './speaker-invitations';
import { SpeakerPicker } from './speaker-picker';
import { staleCurrent } from './stale-edit';

export interface ItemDialogData {
  conferenceId: string;
  /** Absent when adding. */
  item?: AgendaItemResponse;
  days: readonly { value: string; label: string }[];
  rooms: readonly RoomResponse[];
  focusAreas: readonly { code: FocusAreaCode; title: string }[];
}

/** Saved, or refused as stale: the page then lets the user choose between the two versions. */
export type ItemDialogResult =
  | { kind: 'saved'; item: AgendaItemResponse }
  | { kind: 'stale'; item: AgendaItemResponse; body: UpdateAgendaItemRequest; current: AgendaItemResponse };

/** Adds or edits an agenda item: titles, type, day and times, room, speakers, focus areas, sign-up. */
@Component({
  selector: 'sv-agenda-item-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
    BilingualFields,
    SpeakerPicker,
    SpeakerInvitations,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (editing ? 'agendaEditor.editItem' : 'agendaEditor.addItem') | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="saveItem()" novalidate>
      <mat-dialog-content>
        @if (failure(); as message) {
          <sv-error-message [message]="message" />
        }
        <div class="sv-form">
          <sv-bilingual-fields [description]="false" />
          <mat-form-field appearance="outline">
            <mat-label>{{ 'agendaEditor.type' | translate }}</mat-label>
            <mat-select formControlName="type">
              @for (type of types; track type) {
                <mat-option [value]="type">{{ 'agendaType.' + type | translate }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.type | svFieldError }}</mat-error>
          </mat-form-field>
          <fieldset class="sv-fieldset">
            <legend>{{ 'agendaEditor.when' | translate }}</legend>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'agendaEditor.day' | translate }}</mat-label>
              <mat-select formControlName="day">
                <mat-option value="">{{ 'agendaEditor.unscheduled' | translate }}</mat-option>
                @for (day of data.days; track day.value) {
                  <mat-option [value]="day.value">{{ day.label }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'agendaEditor.start' | translate }}</mat-label>
              <input matInput type="time" step="900" formControlName="start" />
              <mat-hint>{{ 'agendaEditor.timeHint' | translate }}</mat-hint>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'agendaEditor.end' | translate }}</mat-label>
              <input matInput type="time" step="900" formControlName="end" />
            </mat-form-field>
            @if (timeError()) {
              <p class="sv-field-error" role="alert">{{ 'agendaEditor.timeInvalid' | translate }}</p>
            }
          </fieldset>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'agendaEditor.room' | translate }}</mat-label>
            <mat-select formControlName="roomId">
              <mat-option value="">{{ 'agendaEditor.noRoom' | translate }}</mat-option>
              @for (room of data.rooms; track room.id) {
                <mat-option [value]="room.id">{{ room.name }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.roomId | svFieldError }}</mat-error>
          </mat-form-field>
          <sv-speaker-picker [(speakers)]="speakers" />
          @if (data.item?.speakers?.length) {
            <sv-speaker-invitations [item]="$any(data.item)" />
          }
          <fieldset class="sv-fieldset">
            <legend>{{ 'agendaEditor.focusAreas' | translate }}</legend>
            @for (area of data.focusAreas; track area.code) {
              <mat-checkbox [checked]="hasFocusArea(area.code)" (change)="toggleFocusArea(area.code, $event.checked)">{{
                area.title
              }}</mat-checkbox>
            }
          </fieldset>
          <mat-checkbox formControlName="signupRequired">{{ 'agendaEditor.signupRequired' | translate }}</mat-checkbox>
          @if (form.controls.signupRequired.value) {
            <mat-form-field appearance="outline">
              <mat-label>{{ 'agendaEditor.signupCapacity' | translate }}</mat-label>
              <input matInput type="number" min="1" formControlName="signupCapacity" />
              <mat-error>{{ form.controls.signupCapacity | svFieldError }}</mat-error>
            </mat-form-field>
          }
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
export class ItemDialog {
  private readonly api = inject(AgendaApi);
  private readonly dialogRef = inject<MatDialogRef<ItemDialog, ItemDialogResult>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  protected readonly data = inject<ItemDialogData>(MAT_DIALOG_DATA);

  protected readonly types = AGENDA_ITEM_TYPES;
  protected readonly editing = this.data.item !== undefined;
  private readonly when = whenOf(this.data.item);
  protected readonly form = inject(NonNullableFormBuilder).group({
    titleSv: [this.data.item?.titleSv ?? '', [Validators.required, Validators.maxLength(300)]],
    titleEn: [this.data.item?.titleEn ?? '', [Validators.maxLength(300)]],
    type: [this.data.item?.type ?? ('seminar' as AgendaItemType), [Validators.required]],
    day: [this.when.day],
    start: [this.when.start],
    end: [this.when.end],
    roomId: [this.data.item?.roomId ?? ''],
    focusAreaCodes: [this.data.item?.focusAreaCodes ?? ([] as FocusAreaCode[])],
    signupRequired: [this.data.item?.signupRequired ?? false],
    signupCapacity: [this.data.item?.signupCapacity ?? (null as number | null), [Validators.min(1)]],
  });
  /** The chosen speakers, in order (the picker's two-way model). */
  protected readonly speakers = signal<SpeakerRef[]>([...(this.data.item?.speakers ?? [])]);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly timeError = signal(false);

  protected hasFocusArea(code: FocusAreaCode): boolean {
    return this.form.controls.focusAreaCodes.value.includes(code);
  }

  protected toggleFocusArea(code: FocusAreaCode, checked: boolean): void {
    const current = this.form.controls.focusAreaCodes.value.filter((c) => c !== code);
    this.form.controls.focusAreaCodes.setValue(checked ? [...current, code] : current);
  }

  protected saveItem(): void {
    if (this.saving()) return;
    this.failure.set(null);
    const value = this.form.getRawValue();
    const times = timesOf(value.day, value.start, value.end);
    this.timeError.set(times === null);
    if (this.form.invalid || !times) {
      this.form.markAllAsTouched();
      return;
    }
    const body: AgendaItemRequest = {
      titleSv: value.titleSv.trim(),
      titleEn: value.titleEn.trim() || null,
      type: value.type,
      ...times,
      roomId: value.roomId || null,
      speakerIds: this.speakers().map((s) => s.id),
      focusAreaCodes: value.focusAreaCodes,
      signupRequired: value.signupRequired,
      signupCapacity: value.signupRequired && value.signupCapacity ? Number(value.signupCapacity) : null,
    };
    const item = this.data.item;
    const update: UpdateAgendaItemRequest | null = item ? { ...body, version: item.version } : null;
    const request: Observable<AgendaItemResponse> =
      item && update ? this.api.updateItem(item.id, update) : this.api.createItem(this.data.conferenceId, body);
    this.saving.set(true);
    request.subscribe({
      next: (saved) => this.dialogRef.close({ kind: 'saved', item: saved }),
      error: (error: unknown) => {
        this.saving.set(false);
        const current = staleCurrent(error);
        if (item && update && current) {
          this.dialogRef.close({ kind: 'stale', item, body: update, current });
          return;
        }
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        if (!applyServerErrors(this.form, apiError)) {
          this.failure.set(errorText(apiError, this.translate));
        }
      },
    });
  }
}
