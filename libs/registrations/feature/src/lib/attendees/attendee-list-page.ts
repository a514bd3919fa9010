import { DOCUMENT } from '@angular/common';
import type { HttpResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSlideToggle, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { localizedTitle } from '@samverkan/conferences/feature';
import { ORGANISATION_TYPES } from '@samverkan/identity/contract';
import { REGISTRATION_STATUSES, type AttendeeResponse } from '@samverkan/registrations/contract';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText, fileNameFrom, saveFile } from '@samverkan/shared/ui';
import { stockholmDate } from '@samverkan/shared/util-dates';
import { debounceTime, map, type Observable } from 'rxjs';
import { RegistrationsApi } from '../registrations-api';
import { ATTENDEE_PAGE_SIZES, EMPTY_ATTENDEE_FILTER, type AttendeeFilter, isFiltered } from './attendee-query';
import { MoveDialog, type MoveDialogData } from './move-dialog';
import { FeesApi } from '../fees/fees-api';

type Download = 'csv' | 'xlsx' | 'badges' | 'attendees' | 'invoice-csv' | 'invoice-xlsx';
import { provideTranslatedPaginator } from '@samverkan/shared/ui/paginator';
import { answerFilterOptions, answerText } from '../questions/answer-filters';

interface StatusMessage {
  key: string;
  params?: Record<string, unknown>;
}

/**
 * Staff: who has registered for a conference. Search and filters go to the API (the list can be
 * long), with counts by status and organisation type, check-in at the door, moving someone on
 * the waitlist, and the list as CSV or Excel.
 */
@Component({
  selector: 'sv-attendee-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    MatPaginator,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    MatSlideToggle,
    MatButton,
    MatIcon,
    TranslatePipe,
    ErrorMessage,
    LoadingIndicator,
  ],
  providers: [provideTranslatedPaginator()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attendee-list-page.html',
  styleUrl: './attendee-list-page.scss',
})
export class AttendeeListPage {
  private readonly api = inject(RegistrationsApi);
  private readonly fees = inject(FeesApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);

  /** The conference id, bound from the route. */
  readonly id = input.required<string>();

  protected readonly statuses = REGISTRATION_STATUSES;
  protected readonly organisationTypes = ORGANISATION_TYPES;
  protected readonly pageSizes = ATTENDEE_PAGE_SIZES;
  /** The conference's own questions: an answers column and the answer filter when there are any. */
  protected readonly questions = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.questions(params) });
  private readonly questionList = computed(() => (this.questions.hasValue() ? this.questions.value() : []));
  protected readonly answerFilters = computed(() => answerFilterOptions(this.questionList(), this.language.current()));
  protected readonly columns = computed(() => [
    'name',
    'organisation',
    'email',
    'status',
    'needs',
    ...(this.questionList().length ? ['answers'] : []),
    'checkedIn',
    'actions',
  ]);

  protected readonly filterForm = inject(NonNullableFormBuilder).group({
    search: [EMPTY_ATTENDEE_FILTER.search],
    status: [EMPTY_ATTENDEE_FILTER.status as AttendeeFilter['status']],
    organisationType: [EMPTY_ATTENDEE_FILTER.organisationType as AttendeeFilter['organisationType']],
    answer: [''],
  });
  protected readonly filter = signal<AttendeeFilter>(EMPTY_ATTENDEE_FILTER);
  protected readonly page = signal<{ index: number; size: number }>({ index: 0, size: ATTENDEE_PAGE_SIZES[0] });
  protected readonly filtered = computed(() => isFiltered(this.filter()));

  protected readonly conference = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.conference(params) });
  protected readonly conferenceTitle = computed(() =>
    this.conference.hasValue() ? localizedTitle(this.conference.value(), this.language.current()) : null,
  );
  protected readonly attendees = rxResource({
    params: () => ({ id: this.id(), filter: this.filter(), page: this.page() }),
    stream: ({ params }) => this.api.attendees(params.id, params.filter, params.page),
  });
  protected readonly errorMessage = computed(() => {
    const error = this.attendees.error();
    return error ? errorText(error, this.translate) : null;
  });

  protected readonly exporting = signal<Download | null>(null);
  /** Registrations whose check-in is being saved. */
  protected readonly checkingIn = signal<ReadonlySet<string>>(new Set());
  protected readonly statusMessage = signal<StatusMessage | null>(null);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    this.filterForm.valueChanges
      .pipe(
        debounceTime(300),
        map(() => this.filterForm.getRawValue()),
        takeUntilDestroyed(),
      )
      .subscribe((filter) => {
        this.filter.set(filter);
        // A new filter starts from the first page.
        this.page.update((page) => ({ ...page, index: 0 }));
      });
  }

  /** An answer as the list shows it, in the UI language. */
  protected answerCell(answer: AttendeeResponse['answers'][number]): string {
    const language = this.language.current();
    const words = { yes: this.translate.instant('questions.yes'), no: this.translate.instant('questions.no') };
    return `${(language === 'en' && answer.labelEn) || answer.labelSv}: ${answerText(answer, language, words)}`;
  }

  protected changePage(event: PageEvent): void {
    this.page.set({ index: event.pageIndex, size: event.pageSize });
  }

  protected toggleCheckIn(attendee: AttendeeResponse, change: MatSlideToggleChange): void {
    this.failure.set(null);
    this.statusMessage.set(null);
    this.checkingIn.update((ids) => new Set([...ids, attendee.id]));
    const done = (): void => this.checkingIn.update((ids) => new Set([...ids].filter((id) => id !== attendee.id)));
    this.api.checkIn(this.id(), attendee.id, change.checked).subscribe({
      next: (updated) => {
        done();
        this.attendees.update((page) => page && { ...page, items: page.items.map((item) => (item.id === updated.id ? updated : item)) });
        this.statusMessage.set({
          key: updated.checkedIn ? 'attendees.checkedInDone' : 'attendees.checkedOutDone',
          params: { name: `${updated.firstName} ${updated.lastName}` },
        });
      },
      error: (error: unknown) => {
        done();
        change.source.checked = !change.checked;
        this.failure.set(errorText(error, this.translate));
      },
    });
  }

  protected openMoveDialog(attendee: AttendeeResponse): void {
    if (!this.attendees.hasValue()) return;
    this.statusMessage.set(null);
    this.dialog
      .open<MoveDialog, MoveDialogData, AttendeeResponse>(MoveDialog, {
        data: { conferenceId: this.id(), attendee, waitlistLength: this.attendees.value().counts.byStatus.waitlisted },
        width: '520px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((moved) => {
        if (moved) {
          this.statusMessage.set({
            key: 'attendees.moved',
            params: { name: `${moved.firstName} ${moved.lastName}`, position: moved.waitlistPosition },
          });
          this.attendees.reload();
        }
      });
  }

  protected exportList(format: 'csv' | 'xlsx'): void {
    this.download(format, this.api.exportAttendees(this.id(), format), `deltagare-${stockholmDate(new Date())}.${format}`);
  }

  protected readonly invoiceFormats = ['csv', 'xlsx'] as const;

  /** The invoice basis (fakturaunderlag) for finance. */
  protected exportInvoiceBasis(format: 'csv' | 'xlsx'): void {
    this.download(`invoice-${format}`, this.fees.invoiceBasis(this.id(), format), `fakturaunderlag-${stockholmDate(new Date())}.${format}`);
  }

  /** Name badges or the printable attendee list (PDF). */
  protected printout(kind: 'badges' | 'attendees'): void {
    const name = kind === 'badges' ? 'namnbrickor' : 'deltagarlista';
    this.download(kind, this.api.printout(this.id(), kind), `${name}-${stockholmDate(new Date())}.pdf`);
  }

  private download(what: Download, request: Observable<HttpResponse<Blob>>, fallbackName: string): void {
    if (this.exporting()) return;
    this.failure.set(null);
    this.statusMessage.set(null);
    this.exporting.set(what);
    request.subscribe({
      next: (response) => {
        this.exporting.set(null);
        const fileName = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
        if (response.body) saveFile(this.document, response.body, fileName);
        this.statusMessage.set({ key: 'attendees.exported', params: { fileName } });
      },
      error: (error: unknown) => {
        this.exporting.set(null);
        this.failure.set(errorText(error, this.translate));
      },
    });
  }
}
