import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '@samverkan/identity/feature';
import { ErrorMessage, FieldErrorPipe, LoadingIndicator, applyServerErrors, asApiError, errorText } from '@samverkan/shared/ui';
import type { MeetingResponse } from '@samverkan/committee/contract';
import { Observable, map, of } from 'rxjs';
import { CommitteeApi } from '../committee-api';
import type { MeetingCreatedState } from '../meeting/meeting-page';
import type { Person } from '../meeting-view';
import { buildMeetingForm, meetingFormValue, toMeetingRequest } from './meeting-form';

/**
 * A new meeting (`nytt`) or an existing one's details (`:id/andra`): title, time, place, video link and
 * who is called. The people offered are the committee's (GET /api/committee/people) and, when editing,
 * anyone already called. The chair (the creator) is always a participant. Locked minutes: read only.
 */
@Component({
  selector: 'sv-meeting-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatCheckbox,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-form-page.html',
  styles: `
    .sv-moment {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      mat-form-field {
        flex: 1 1 160px;
      }
    }
    .sv-hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MeetingFormPage {
  private readonly api = inject(CommitteeApi);
  private readonly auth = inject(AuthService);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The meeting being changed (route `:id/andra`); absent for a new meeting. */
  readonly id = input<string>();
  protected readonly editing = computed(() => !!this.id());
  protected readonly existing = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.meeting(params),
  });
  protected readonly meeting = computed(() => (this.existing.hasValue() ? this.existing.value() : null));
  protected readonly locked = computed(() => this.meeting()?.minutesStatus === 'locked');
  protected readonly backLink = computed(() => (this.id() ? ['/arbetsutskottet/moten', this.id()] : ['/arbetsutskottet/moten']));

  protected readonly form = buildMeetingForm(inject(NonNullableFormBuilder));
  protected readonly candidates = rxResource({
    params: () => ({ chair: this.editing() ? (this.meeting()?.chairId ?? null) : (this.auth.user()?.id ?? null), meeting: this.meeting() }),
    stream: ({ params }) => this.candidatesFor(params.chair, params.meeting),
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    // The meeting's values, once loaded (and not over the user's own edits).
    effect(() => {
      const meeting = this.meeting();
      if (meeting && untracked(() => this.form.pristine)) this.form.reset(meetingFormValue(meeting));
    });
  }

  protected isChosen(id: string): boolean {
    return this.form.controls.participantIds.value.includes(id);
  }

  protected toggleParticipant(id: string, checked: boolean): void {
    const control = this.form.controls.participantIds;
    const others = control.value.filter((p) => p !== id);
    control.setValue(checked ? [...others, id] : others);
    control.markAsDirty();
  }

  protected save(): void {
    if (this.saving()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid')?.focus());
      return;
    }
    this.saving.set(true);
    const id = this.id();
    const request = toMeetingRequest(this.form.getRawValue());
    const saved$ = id ? this.api.update(id, request) : this.api.create(request);
    saved$.subscribe({
      next: (meeting) => {
        this.saving.set(false);
        const state: MeetingCreatedState = id ? { saved: true } : { created: true };
        void this.router.navigate(['/arbetsutskottet/moten', meeting.id], { state });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        if (!applyServerErrors(this.form, apiError)) this.failure.set(errorText(apiError, this.translate));
      },
    });
  }

  /**
   * The people who can be called, without the chair (always a participant). A new meeting starts with
   * all of them ticked; a meeting being changed keeps its own list, and those called before who have
   * since left the committee stay listed so they can be kept or taken off.
   */
  private candidatesFor(chair: string | null, meeting: MeetingResponse | null): Observable<Person[]> {
    if (this.editing() && !meeting) return of([]);
    return this.api.people().pipe(
      map((people) => {
        const byId = new Map<string, Person>(people.map((p) => [p.id, { id: p.id, name: p.name }]));
        for (const p of meeting?.participants ?? []) if (!byId.has(p.userId)) byId.set(p.userId, { id: p.userId, name: p.name });
        const others = [...byId.values()].filter((p) => p.id !== chair).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
        if (!meeting && !this.form.controls.participantIds.dirty) this.form.controls.participantIds.setValue(others.map((p) => p.id));
        return others;
      }),
    );
  }
}
