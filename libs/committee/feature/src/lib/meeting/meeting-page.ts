import { formatDay } from '@samverkan/shared/util-dates';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { MeetingItemResponse, MeetingResponse } from '@samverkan/committee/contract';
import { AuthService } from '@samverkan/identity/feature';
import { ErrorMessage, FieldErrorPipe, LanguageService, LoadingIndicator, confirmAction, errorText, isApiError } from '@samverkan/shared/ui';
import { FocusAreasApi, localizeFocusArea } from '@samverkan/strategy/feature';
import type { Observable } from 'rxjs';
import { CommitteeApi } from '../committee-api';
import { approvalOf, dateTime, meetingTime, peopleOf } from '../meeting-view';
import { MinutesPdfButton } from '../minutes/minutes-pdf-button';
import { Agenda } from './agenda';
import { DecisionDialog, type DecisionDialogData } from './decision-dialog';

interface StatusMessage {
  key: string;
  params?: Record<string, unknown>;
}

/** Router state the new-meeting form passes on. */
export interface MeetingCreatedState {
  created?: boolean;
  saved?: boolean;
}

/**
 * One meeting of the working committee: details, participants and attendance, the agenda with
 * decisions, the notice, and the justering of the minutes. Once both the chair and the justerare
 * have approved, the minutes are locked and the page only shows.
 */
@Component({
  selector: 'sv-meeting-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatButton,
    MatIcon,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
    LoadingIndicator,
    Agenda,
    MinutesPdfButton,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-page.html',
  styleUrl: './meeting-page.scss',
})
export class MeetingPage {
  private readonly api = inject(CommitteeApi);
  private readonly auth = inject(AuthService);
  private readonly focusAreasApi = inject(FocusAreasApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  /** Bound from the route. */
  readonly id = input.required<string>();

  protected readonly meeting = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.meeting(params) });
  protected readonly focusAreas = rxResource({ stream: () => this.focusAreasApi.list() });
  protected readonly current = computed(() => (this.meeting.hasValue() ? this.meeting.value() : null));
  protected readonly locked = computed(() => this.current()?.minutesStatus === 'locked');
  private readonly editable = computed(() => this.current() !== null && !this.locked());
  /** Proposals that can be added: waiting for a decision (only fetched while the meeting can change). */
  protected readonly proposals = rxResource({
    params: () => (this.editable() ? true : undefined),
    stream: () => this.api.decidableProposals(),
  });

  protected readonly notFound = computed(() => {
    const error = this.meeting.error();
    return isApiError(error) && error.statusCode === 404;
  });
  protected readonly loadError = computed(() => {
    const error = this.meeting.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly user = this.auth.user;
  protected readonly people = computed(() => {
    const meeting = this.current();
    const user = this.user();
    return meeting ? peopleOf(meeting, user ? { id: user.id, name: user.name } : null) : [];
  });
  protected readonly approval = computed(() => {
    const meeting = this.current();
    return meeting ? approvalOf(meeting, this.user()?.id ?? null) : null;
  });
  /** Justerare candidates: the participants other than the chair. */
  protected readonly approverOptions = computed(() => {
    const meeting = this.current();
    return meeting ? meeting.participants.filter((p) => p.userId !== meeting.chairId) : [];
  });
  /** Strategy versions in consultation, not yet on this agenda (only fetched while the meeting can change). */
  protected readonly strategies = rxResource({
    params: () => (this.editable() ? true : undefined),
    stream: () => this.api.strategiesInConsultation(),
  });
  protected readonly strategyOptions = computed(() => {
    const meeting = this.current();
    if (!meeting || !this.strategies.hasValue()) return [];
    const onAgenda = new Set(meeting.items.map((item) => item.strategyId).filter(Boolean));
    return this.strategies.value().filter((s) => !onAgenda.has(s.id));
  });
  protected readonly proposalOptions = computed(() => {
    const meeting = this.current();
    if (!meeting || !this.proposals.hasValue()) return [];
    const onAgenda = new Set(meeting.items.map((item) => item.proposalId).filter(Boolean));
    return this.proposals.value().filter((p) => !onAgenda.has(p.id));
  });
  protected readonly time = computed(() => {
    const meeting = this.current();
    return meeting ? meetingTime(meeting, this.language.current()) : '';
  });

  /** Who is ticked as present; follows the meeting until someone changes it. */
  protected readonly present = linkedSignal<ReadonlySet<string>>(
    () => new Set((this.current()?.participants ?? []).filter((p) => p.present).map((p) => p.userId)),
  );
  protected readonly approverControl = new FormControl<string | null>(null);
  protected readonly proposalControl = new FormControl<string | null>(null, { validators: [Validators.required] });
  protected readonly otherControl = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(3), Validators.maxLength(300)],
  });

  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly statusMessage = signal<StatusMessage | null>(null);

  constructor() {
    const state = inject(Router).currentNavigation()?.extras.state as MeetingCreatedState | undefined;
    if (state?.created) this.statusMessage.set({ key: 'meetings.created' });
    if (state?.saved) this.statusMessage.set({ key: 'meetings.saved' });
  }

  /** For "den {{date}}": the day without the weekday. */
  protected day(value: string): string {
    return formatDay(value, this.language.current());
  }

  protected when(value: string): string {
    return dateTime(value, this.language.current());
  }

  protected setPresent(userId: string, checked: boolean): void {
    this.present.update((ids) => {
      const next = new Set(ids);
      if (checked) next.add(userId);
      else next.delete(userId);
      return next;
    });
  }

  protected saveAttendance(meeting: MeetingResponse): void {
    const ids = meeting.participants.map((p) => p.userId).filter((id) => this.present().has(id));
    this.run(this.api.attendance(meeting.id, ids), 'meetings.attendance.saved', { count: ids.length });
  }

  protected reorderAgenda(itemIds: string[]): void {
    const meeting = this.current();
    if (!meeting) return;
    this.run(this.api.reorder(meeting.id, itemIds), null, undefined, () => this.meeting.reload());
  }

  protected addProposal(meeting: MeetingResponse): void {
    if (this.proposalControl.invalid) {
      this.proposalControl.markAsTouched();
      return;
    }
    const proposal = this.proposalOptions().find((p) => p.id === this.proposalControl.value);
    this.run(
      this.api.addItem(meeting.id, { kind: 'proposal', proposalId: this.proposalControl.value as string }),
      'meetings.items.proposalAdded',
      {
        title: proposal?.title ?? '',
      },
      undefined,
      () => this.proposalControl.reset(),
    );
  }

  protected addStrategy(meeting: MeetingResponse, strategy: { id: string; title: string }): void {
    this.run(
      this.api.addItem(meeting.id, { kind: 'strategy-adoption', strategyId: strategy.id }),
      'meetings.items.strategyAdded',
      { title: strategy.title },
    );
  }

  protected addOther(meeting: MeetingResponse): void {
    if (this.otherControl.invalid) {
      this.otherControl.markAsTouched();
      return;
    }
    const title = this.otherControl.value.trim();
    this.run(this.api.addItem(meeting.id, { kind: 'other', title }), 'meetings.items.otherAdded', { title }, undefined, () =>
      this.otherControl.reset(),
    );
  }

  protected removeItem(item: MeetingItemResponse): void {
    const meeting = this.current();
    if (!meeting) return;
    confirmAction(this.dialog, {
      title: 'meetings.items.removeDialog.title',
      message: 'meetings.items.removeDialog.message',
      params: { title: item.title },
      confirmLabel: 'meetings.items.removeDialog.confirm',
      destructive: true,
    }).subscribe((confirmed) => {
      if (confirmed) this.run(this.api.removeItem(meeting.id, item.id), 'meetings.items.removed', { title: item.title });
    });
  }

  protected openDecisionDialog(item: MeetingItemResponse): void {
    const meeting = this.current();
    if (!meeting) return;
    this.statusMessage.set(null);
    const language = this.language.current();
    this.dialog
      .open<DecisionDialog, DecisionDialogData, MeetingResponse>(DecisionDialog, {
        data: {
          meetingId: meeting.id,
          item,
          people: this.people(),
          focusAreas: this.focusAreas.hasValue() ? this.focusAreas.value().map((a) => localizeFocusArea(a, language)) : [],
          currentUserId: this.user()?.id ?? null,
        },
        width: '640px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((updated) => {
        if (updated) {
          this.meeting.set(updated);
          this.proposals.reload();
          this.statusMessage.set({ key: 'meetings.decision.saved', params: { title: item.title } });
        }
      });
  }

  protected sendNotice(meeting: MeetingResponse): void {
    confirmAction(this.dialog, {
      title: 'meetings.notice.dialog.title',
      message: meeting.noticeSentAt ? 'meetings.notice.dialog.again' : 'meetings.notice.dialog.message',
      params: { count: meeting.participants.length },
      confirmLabel: 'meetings.notice.dialog.confirm',
    }).subscribe((confirmed) => {
      if (confirmed) this.run(this.api.sendNotice(meeting.id), 'meetings.notice.sent', { count: meeting.participants.length });
    });
  }

  protected saveApprover(meeting: MeetingResponse): void {
    const approverId = this.approverControl.value;
    if (!approverId) {
      this.approverControl.markAsTouched();
      return;
    }
    const name = meeting.participants.find((p) => p.userId === approverId)?.name ?? '';
    this.run(this.api.update(meeting.id, { minutesApproverId: approverId }), 'meetings.minutes.approverSaved', { name }, undefined, () =>
      this.approverControl.reset(),
    );
  }

  protected approveMinutes(meeting: MeetingResponse): void {
    confirmAction(this.dialog, {
      title: 'meetings.minutes.approveDialog.title',
      message: 'meetings.minutes.approveDialog.message',
      confirmLabel: 'meetings.minutes.approveDialog.confirm',
    }).subscribe((confirmed) => {
      if (confirmed) this.run(this.api.approveMinutes(meeting.id), 'meetings.minutes.approved');
    });
  }

  private run(
    request: Observable<MeetingResponse>,
    doneKey: string | null,
    params?: Record<string, unknown>,
    onError?: () => void,
    onDone?: () => void,
  ): void {
    if (this.busy()) return;
    this.failure.set(null);
    if (doneKey) this.statusMessage.set(null);
    this.busy.set(true);
    request.subscribe({
      next: (meeting) => {
        this.busy.set(false);
        this.meeting.set(meeting);
        onDone?.();
        if (meeting.minutesStatus === 'locked' && doneKey === 'meetings.minutes.approved') {
          this.statusMessage.set({ key: 'meetings.minutes.lockedNow' });
        } else if (doneKey) {
          this.statusMessage.set({ key: doneKey, params });
        }
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(errorText(error, this.translate));
        onError?.();
      },
    });
  }
}
