import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '@samverkan/identity/feature';
import { ErrorMessage, FieldErrorPipe, LoadingIndicator, applyServerErrors, asApiError } from '@samverkan/shared/ui';
import { Observable, map, of, switchMap } from 'rxjs';
import { CommitteeApi } from '../committee-api';
import type { MeetingCreatedState } from '../meeting/meeting-page';
import type { Person } from '../meeting-view';
import { buildMeetingForm, toMeetingRequest } from './meeting-form';

/**
 * A new meeting. Who can be called: administrators pick among the committee and administrators
 * (GET /api/users is theirs only); committee members are offered the people of the latest meeting.
 * The person creating the meeting is its chair and is always a participant.
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

  protected readonly form = buildMeetingForm(inject(NonNullableFormBuilder));
  protected readonly isAdmin = computed(() => this.auth.roles().includes('admin'));
  protected readonly candidates = rxResource({
    params: () => ({ admin: this.isAdmin(), me: this.auth.user()?.id ?? null }),
    stream: ({ params }) => this.candidatesFor(params.admin, params.me),
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected isChosen(id: string): boolean {
    return this.form.controls.participantIds.value.includes(id);
  }

  protected toggleParticipant(id: string, checked: boolean): void {
    const control = this.form.controls.participantIds;
    const others = control.value.filter((p) => p !== id);
    control.setValue(checked ? [...others, id] : others);
    control.markAsDirty();
  }

  protected createMeeting(): void {
    if (this.saving()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid')?.focus());
      return;
    }
    this.saving.set(true);
    this.api.create(toMeetingRequest(this.form.getRawValue())).subscribe({
      next: (meeting) => {
        this.saving.set(false);
        const state: MeetingCreatedState = { created: true };
        void this.router.navigate(['/arbetsutskottet/moten', meeting.id], { state });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        if (!applyServerErrors(this.form, apiError)) this.failure.set(apiError.message);
      },
    });
  }

  /** The people who can be called, without the chair (added by the API anyway), ticked to start with. */
  private candidatesFor(admin: boolean, me: string | null): Observable<Person[]> {
    const people$: Observable<Person[]> = admin
      ? this.api
          .users()
          .pipe(
            map((page) =>
              page.items
                .filter((u) => u.active && u.roles.some((r) => r === 'working-committee' || r === 'admin'))
                .map((u) => ({ id: u.id, name: u.name })),
            ),
          )
      : this.api
          .meetings()
          .pipe(
            switchMap((meetings) =>
              meetings.length
                ? this.api.meeting(meetings[0].id).pipe(map((m) => m.participants.map((p) => ({ id: p.userId, name: p.name }))))
                : of([]),
            ),
          );
    return people$.pipe(
      map((people) => {
        const others = people.filter((p) => p.id !== me).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
        if (!this.form.controls.participantIds.dirty) this.form.controls.participantIds.setValue(others.map((p) => p.id));
        return others;
      }),
    );
  }
}
