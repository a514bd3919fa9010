import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { SpeakerRequest, SpeakerResponse } from '@samverkan/agenda/contract';
import { ErrorMessage, FieldErrorPipe, LoadingIndicator, applyServerErrors, asApiError, errorText } from '@samverkan/shared/ui';
import { Documents } from '@samverkan/shared/ui/documents';
import { debounceTime, distinctUntilChanged, startWith } from 'rxjs';
import { AgendaApi } from '../agenda-api';

type Mode = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; speaker: SpeakerResponse } | { kind: 'merge'; speaker: SpeakerResponse };

/** Staff: the speaker register. Search, add and edit entries, and merge two entries of one person. */
@Component({
  selector: 'sv-speaker-register-page',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
    LoadingIndicator,
    Documents,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page">
      <h1>{{ 'speakerRegister.title' | translate }}</h1>
      <p>{{ 'speakerRegister.intro' | translate }}</p>
      <p role="status">{{ notice() }}</p>
      <div class="sv-register-bar">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'speakerRegister.search' | translate }}</mat-label>
          <input matInput type="search" [formControl]="search" />
        </mat-form-field>
        <button mat-flat-button type="button" (click)="startAdding()">{{ 'speakerRegister.add' | translate }}</button>
      </div>

      @if (mode(); as m) {
        @if (m.kind === 'add' || m.kind === 'edit') {
          <form [formGroup]="form" (ngSubmit)="saveSpeaker()" novalidate class="sv-register-form" aria-labelledby="speaker-form-heading">
            <h2 id="speaker-form-heading" tabindex="-1" #formHeading>
              {{ (m.kind === 'add' ? 'speakerRegister.addHeading' : 'speakerRegister.editHeading') | translate }}
            </h2>
            @if (failure(); as message) {
              <sv-error-message [message]="message" />
            }
            <div class="sv-form">
              <mat-form-field appearance="outline">
                <mat-label>{{ 'speakerRegister.name' | translate }}</mat-label>
                <input matInput formControlName="name" maxlength="200" />
                <mat-error>{{ form.controls.name | svFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'speakerRegister.email' | translate }}</mat-label>
                <input matInput type="email" formControlName="email" maxlength="254" />
                <mat-error>{{ form.controls.email | svFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'speakerRegister.organisation' | translate }}</mat-label>
                <input matInput formControlName="organisation" maxlength="200" />
                <mat-error>{{ form.controls.organisation | svFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'speakerRegister.jobTitle' | translate }}</mat-label>
                <input matInput formControlName="title" maxlength="200" />
                <mat-error>{{ form.controls.title | svFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'speakerRegister.bioSv' | translate }}</mat-label>
                <textarea matInput formControlName="bioSv" rows="4" maxlength="5000" lang="sv"></textarea>
                <mat-error>{{ form.controls.bioSv | svFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'speakerRegister.bioEn' | translate }}</mat-label>
                <textarea matInput formControlName="bioEn" rows="4" maxlength="5000" lang="en"></textarea>
                <mat-error>{{ form.controls.bioEn | svFieldError }}</mat-error>
              </mat-form-field>
            </div>
            <p class="sv-actions">
              <button mat-button type="button" (click)="closeForm()">{{ 'common.cancel' | translate }}</button>
              <button mat-flat-button type="submit" [disabled]="busy()">
                {{ (busy() ? 'common.saving' : 'common.save') | translate }}
              </button>
            </p>
          </form>
          @if (m.kind === 'edit') {
            <sv-documents
              class="sv-register-form"
              parentType="speaker"
              [parentId]="m.speaker.id"
              [canEdit]="true"
              [heading]="'speakerRegister.photo' | translate"
              [headingLevel]="2"
            />
          }
        } @else if (m.kind === 'merge') {
          <section class="sv-register-form" aria-labelledby="speaker-form-heading">
            <h2 id="speaker-form-heading" tabindex="-1" #formHeading>
              {{ 'speakerRegister.mergeHeading' | translate: { name: m.speaker.name } }}
            </h2>
            <p>{{ 'speakerRegister.mergeText' | translate: { name: m.speaker.name } }}</p>
            @if (failure(); as message) {
              <sv-error-message [message]="message" />
            }
            <mat-form-field appearance="outline">
              <mat-label>{{ 'speakerRegister.mergeInto' | translate }}</mat-label>
              <mat-select [formControl]="mergeInto">
                @for (other of mergeCandidates(); track other.id) {
                  <mat-option [value]="other.id">{{ other.name }}{{ other.organisation ? ', ' + other.organisation : '' }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <p class="sv-actions">
              <button mat-button type="button" (click)="closeForm()">{{ 'common.cancel' | translate }}</button>
              <button mat-flat-button type="button" (click)="mergeSpeaker(m.speaker)" [disabled]="busy() || !mergeInto.value">
                {{ 'speakerRegister.mergeConfirm' | translate }}
              </button>
            </p>
          </section>
        }
      }

      @if (speakers.isLoading() && !speakers.hasValue()) {
        <sv-loading-indicator label="speakerRegister.loading" />
      } @else if (loadError(); as message) {
        <sv-error-message [message]="message" [retryable]="true" (retry)="speakers.reload()" />
      } @else if ((speakers.value() ?? []).length === 0) {
        <p class="sv-empty">{{ 'speakerRegister.empty' | translate }}</p>
      } @else {
        <table class="sv-table">
          <thead>
            <tr>
              <th scope="col">{{ 'speakerRegister.name' | translate }}</th>
              <th scope="col">{{ 'speakerRegister.organisation' | translate }}</th>
              <th scope="col">{{ 'speakerRegister.email' | translate }}</th>
              <th scope="col">
                <span class="cdk-visually-hidden">{{ 'speakerRegister.edit' | translate }}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            @for (speaker of speakers.value(); track speaker.id) {
              <tr [attr.data-speaker-row]="speaker.name">
                <th scope="row">
                  {{ speaker.name }}
                  <div class="sv-secondary">{{ 'speakerRegister.items' | translate: { count: speaker.itemCount } }}</div>
                </th>
                <td>{{ speaker.organisation ?? '' }}</td>
                <td>{{ speaker.email ?? '' }}</td>
                <td class="sv-table__actions">
                  <button
                    mat-button
                    type="button"
                    (click)="startEditing(speaker)"
                    [attr.aria-label]="'speakerRegister.editLabel' | translate: { name: speaker.name }"
                  >
                    {{ 'speakerRegister.edit' | translate }}
                  </button>
                  <button
                    mat-button
                    type="button"
                    (click)="startMerging(speaker)"
                    [attr.aria-label]="'speakerRegister.mergeLabel' | translate: { name: speaker.name }"
                  >
                    {{ 'speakerRegister.merge' | translate }}
                  </button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
    </div>
  `,
  styles: `
    .sv-register-bar {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: baseline;
    }
    .sv-register-form {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 16px;
      margin-bottom: 24px;
    }
    .sv-table {
      width: 100%;
    }
    .sv-table__actions {
      white-space: nowrap;
    }
  `,
})
export class SpeakerRegisterPage {
  private readonly api = inject(AgendaApi);
  private readonly translate = inject(TranslateService);
  private readonly formHeading = viewChild<ElementRef<HTMLElement>>('formHeading');

  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly query = toSignal(this.search.valueChanges.pipe(startWith(''), debounceTime(250), distinctUntilChanged()), {
    initialValue: '',
  });
  protected readonly speakers = rxResource({ params: () => this.query(), stream: ({ params }) => this.api.speakers(params) });
  /** Every entry (for the merge choice), loaded when a merge starts. */
  private readonly everyone = signal<SpeakerResponse[]>([]);

  protected readonly mode = signal<Mode>({ kind: 'none' });
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly notice = signal('');
  protected readonly mergeInto = new FormControl('', { nonNullable: true });
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    email: ['', [Validators.email, Validators.maxLength(254)]],
    organisation: ['', [Validators.maxLength(200)]],
    title: ['', [Validators.maxLength(200)]],
    bioSv: ['', [Validators.maxLength(5000)]],
    bioEn: ['', [Validators.maxLength(5000)]],
  });

  protected readonly loadError = computed(() => {
    const error = this.speakers.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly mergeCandidates = computed(() => {
    const m = this.mode();
    return m.kind === 'merge' ? this.everyone().filter((s) => s.id !== m.speaker.id) : [];
  });

  protected startAdding(): void {
    this.form.reset();
    this.open({ kind: 'add' });
  }

  protected startEditing(speaker: SpeakerResponse): void {
    this.form.reset({
      name: speaker.name,
      email: speaker.email ?? '',
      organisation: speaker.organisation ?? '',
      title: speaker.title ?? '',
      bioSv: speaker.bioSv ?? '',
      bioEn: speaker.bioEn ?? '',
    });
    this.open({ kind: 'edit', speaker });
  }

  protected startMerging(speaker: SpeakerResponse): void {
    this.mergeInto.reset('');
    this.api.speakers().subscribe({ next: (all) => this.everyone.set(all), error: () => this.everyone.set([]) });
    this.open({ kind: 'merge', speaker });
  }

  protected closeForm(): void {
    this.mode.set({ kind: 'none' });
    this.failure.set(null);
  }

  protected saveSpeaker(): void {
    const m = this.mode();
    if (this.busy() || (m.kind !== 'add' && m.kind !== 'edit')) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const body: SpeakerRequest = {
      name: v.name.trim(),
      email: v.email.trim() || null,
      organisation: v.organisation.trim() || null,
      title: v.title.trim() || null,
      bioSv: v.bioSv.trim() || null,
      bioEn: v.bioEn.trim() || null,
    };
    this.busy.set(true);
    this.failure.set(null);
    const request = m.kind === 'edit' ? this.api.updateSpeaker(m.speaker.id, body) : this.api.createSpeaker(body);
    request.subscribe({
      next: () => this.done('speakerRegister.saved'),
      error: (error: unknown) => {
        this.busy.set(false);
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        if (!applyServerErrors(this.form, apiError)) this.failure.set(errorText(apiError, this.translate));
      },
    });
  }

  protected mergeSpeaker(speaker: SpeakerResponse): void {
    const intoId = this.mergeInto.value;
    if (this.busy() || !intoId) return;
    this.busy.set(true);
    this.failure.set(null);
    this.api.mergeSpeaker(speaker.id, intoId).subscribe({
      next: () => this.done('speakerRegister.merged'),
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(errorText(asApiError(error, this.translate.instant('errors.unexpected')), this.translate));
      },
    });
  }

  private open(mode: Mode): void {
    this.failure.set(null);
    this.notice.set('');
    this.mode.set(mode);
    // Put the keyboard at the form that just opened.
    setTimeout(() => this.formHeading()?.nativeElement.focus());
  }

  private done(notice: string): void {
    this.busy.set(false);
    this.mode.set({ kind: 'none' });
    this.notice.set(this.translate.instant(notice));
    this.speakers.reload();
  }
}
