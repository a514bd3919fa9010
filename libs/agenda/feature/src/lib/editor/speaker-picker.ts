import { ChangeDetectionStrategy, Component, ElementRef, inject, input, model, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger, MatOption, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatIconButton } from '@angular/material/button';
import { MatInput } from '@angular/material/input';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { SpeakerRef, SpeakerResponse } from '@samverkan/agenda/contract';
import { asApiError, errorText } from '@samverkan/shared/ui';
import { catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { AgendaApi } from '../agenda-api';
import { pickerOptions, type PickerOption } from './speaker-options';

/**
 * Picks an item's speakers from the register: a list of the chosen ones (in order), and a text field
 * that searches the register as one types. The options are a signal made from the text's changes
 * (debounced, one request at a time: switchMap), so every keystroke reaches the API and the list
 * follows; when nothing matches the text, the last option adds it as a new register entry.
 */
@Component({
  selector: 'sv-speaker-picker',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatIconButton,
    MatIcon,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (speakers().length) {
      <ul class="sv-speaker-picker__chosen" [attr.aria-label]="'agendaEditor.speakersChosen' | translate">
        @for (speaker of speakers(); track speaker.id) {
          <li [attr.data-speaker-chip]="speaker.name">
            <span>{{ speaker.name }}</span>
            <button mat-icon-button type="button" (click)="removeSpeaker(speaker.id)" [attr.aria-label]="'agendaEditor.removeSpeaker' | translate: { name: speaker.name }">
              <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">close</mat-icon>
            </button>
          </li>
        }
      </ul>
    }
    <mat-form-field appearance="outline" class="sv-speaker-picker">
      <mat-label>{{ 'agendaEditor.speakers' | translate }}</mat-label>
      <input
        matInput
        #search
        [formControl]="query"
        [matAutocomplete]="auto"
        [placeholder]="'agendaEditor.speakerSearch' | translate"
        data-speaker-search
      />
      <mat-autocomplete #auto="matAutocomplete" (optionSelected)="pickOption($event)">
        @for (option of options(); track option.key) {
          @if (option.kind === 'speaker') {
            <mat-option [value]="option">
              {{ option.speaker.name }}
              @if (option.speaker.organisation) {
                <span class="sv-secondary">, {{ option.speaker.organisation }}</span>
              }
            </mat-option>
          } @else {
            <mat-option [value]="option">{{ 'agendaEditor.createSpeaker' | translate: { name: option.name } }}</mat-option>
          }
        }
      </mat-autocomplete>
      <mat-hint>{{ 'agendaEditor.speakersHint' | translate }}</mat-hint>
    </mat-form-field>
    @if (failure(); as message) {
      <p class="sv-field-error" role="alert">{{ message }}</p>
    }
  `,
  styles: `
    .sv-speaker-picker__chosen {
      list-style: none;
      padding: 0;
      margin: 0 0 8px;
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .sv-speaker-picker__chosen li {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding-left: 12px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
    }
  `,
})
export class SpeakerPicker {
  private readonly api = inject(AgendaApi);
  private readonly translate = inject(TranslateService);
  private readonly searchInput = viewChild.required<ElementRef<HTMLInputElement>>('search');

  /** The chosen speakers, in order (two-way). */
  readonly speakers = model<SpeakerRef[]>([]);
  readonly disabled = input(false);

  /** Holds the typed text; an option picked from the list passes through it as an object. */
  protected readonly query = new FormControl<string | PickerOption>('', { nonNullable: true });
  protected readonly failure = signal<string | null>(null);

  private readonly text = this.query.valueChanges.pipe(
    startWith(''),
    map((value) => (typeof value === 'string' ? value : '')),
  );

  protected readonly options = toSignal(
    this.text.pipe(
      debounceTime(200),
      distinctUntilChanged(),
      switchMap((text) =>
        this.api.speakers(text).pipe(
          map((found) => ({ text, found })),
          catchError(() => of({ text, found: [] as SpeakerResponse[] })),
        ),
      ),
      map(({ text, found }) => pickerOptions(text, found, this.speakers())),
    ),
    { initialValue: [] as PickerOption[] },
  );

  protected pickOption(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as PickerOption;
    this.failure.set(null);
    if (option.kind === 'speaker') {
      this.addSpeaker(option.speaker);
    } else {
      this.api.createSpeaker({ name: option.name }).subscribe({
        next: (created) => this.addSpeaker(created),
        error: (error: unknown) => this.failure.set(errorText(asApiError(error, this.translate.instant('errors.unexpected')), this.translate)),
      });
    }
    this.query.setValue('');
    this.searchInput().nativeElement.value = '';
  }

  protected removeSpeaker(id: string): void {
    this.speakers.update((list) => list.filter((s) => s.id !== id));
  }

  private addSpeaker(speaker: Pick<SpeakerResponse, 'id' | 'name' | 'organisation' | 'title'>): void {
    const ref: SpeakerRef = { id: speaker.id, name: speaker.name, title: speaker.title, organisation: speaker.organisation };
    this.speakers.update((list) => (list.some((s) => s.id === ref.id) ? list : [...list, ref]));
  }
}
