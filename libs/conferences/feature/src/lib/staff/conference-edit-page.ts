import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ConferenceCopyResponse, ConferenceResponse, ThemeResponse } from '@samverkan/conferences/contract';
import { AuthService } from '@samverkan/identity/feature';
import { BilingualFields } from '@samverkan/shared/ui/bilingual';
import {
  ErrorMessage,
  FieldErrorPipe,
  LanguageService,
  LoadingIndicator,
  applyServerErrors,
  asApiError,
  confirmAction,
  errorText,
  isApiError,
} from '@samverkan/shared/ui';
import { FocusAreasApi, localizeFocusArea } from '@samverkan/strategy/feature';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { type Observable } from 'rxjs';
import { localizedTitle } from '../conference-view';
import { ConferencesApi } from '../conferences-api';
import { FocusAreaChips } from '../focus-area-chips';
import { buildConferenceForm, toConferenceFormValue, toConferenceRequest, toggleCode } from './conference-form';
import { CopyConferenceDialog, type CopyConferenceDialogData } from './copy-conference-dialog';
import { ThemeDialog, type ThemeDialogData } from './theme-dialog';

/** A status line announced in a live region: a translation key and its parameters. */
interface StatusMessage {
  key: string;
  params?: Record<string, unknown>;
}

/** Router state a page passes on when it sends someone here after creating a conference. */
export interface ConferenceEditState {
  created?: boolean;
  copied?: boolean;
}

/**
 * Staff: creates a conference (`/arbetsutskottet/konferenser/ny`) or edits one (`…/:id`):
 * its details, publishing, cancelling or archiving, and its themes.
 */
@Component({
  selector: 'sv-conference-edit-page',
  imports: [
    BilingualFields,
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
    MatAnchor,
    MatIconButton,
    MatIcon,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
    LoadingIndicator,
    FocusAreaChips,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './conference-edit-page.html',
  styleUrl: './conference-edit-page.scss',
})
export class ConferenceEditPage {
  private readonly api = inject(ConferencesApi);
  private readonly focusAreasApi = inject(FocusAreasApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  protected readonly auth = inject(AuthService);
  protected readonly canCheckIn = computed(() => this.auth.can('attendance.check-in'));
  /** The link to the conference's messages, for those who may send them. */
  protected readonly canSendMessages = computed(() => this.auth.can('messages.send'));
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Bound from the route; absent when creating. */
  readonly id = input<string>();

  protected readonly form = buildConferenceForm(inject(NonNullableFormBuilder));
  protected readonly conference = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly focusAreas = rxResource({ stream: () => this.focusAreasApi.list() });
  protected readonly hosts = rxResource({ stream: () => this.api.hostOrganisations() });

  /** The four date + time pairs, in the order they are asked for. */
  protected readonly momentFields = [
    { name: 'startsAt', legend: 'conferenceAdmin.startsAt', required: true, hint: null },
    { name: 'endsAt', legend: 'conferenceAdmin.endsAt', required: true, hint: null },
    {
      name: 'registrationOpensAt',
      legend: 'conferenceAdmin.registrationOpensAt',
      required: false,
      hint: 'conferenceAdmin.registrationOpensHint',
    },
    {
      name: 'registrationClosesAt',
      legend: 'conferenceAdmin.registrationClosesAt',
      required: false,
      hint: 'conferenceAdmin.registrationClosesHint',
    },
  ] as const;

  protected readonly editing = computed(() => this.id() !== undefined);
  protected readonly current = computed(() => (this.conference.hasValue() ? this.conference.value() : null));
  protected readonly title = computed(() => {
    const conference = this.current();
    return conference ? localizedTitle(conference, this.language.current()) : '';
  });
  protected readonly loadError = computed(() => {
    const error = this.conference.error();
    if (!error) return null;
    return isApiError(error) && error.statusCode === 404
      ? this.translate.instant('conferenceAdmin.notFound')
      : errorText(error, this.translate);
  });
  protected readonly focusAreaOptions = computed(() =>
    this.focusAreas.hasValue() ? this.focusAreas.value().map((area) => localizeFocusArea(area, this.language.current())) : [],
  );
  protected readonly hostOptions = computed(() =>
    this.hosts.hasValue() ? [...this.hosts.value().items].sort((a, b) => a.name.localeCompare(b.name, 'sv')) : [],
  );
  protected readonly archived = computed(() => this.current()?.status === 'archived');

  protected readonly saving = signal(false);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly statusMessage = signal<StatusMessage | null>(null);

  constructor() {
    const state = this.router.currentNavigation()?.extras.state as ConferenceEditState | undefined;
    if (state?.created) {
      this.statusMessage.set({ key: 'conferenceAdmin.created' });
    }
    if (state?.copied) {
      this.statusMessage.set({ key: 'conferenceAdmin.copied' });
    }
    // Fill the form when the conference arrives, and again after a reload, unless someone is typing in it.
    effect(() => {
      const conference = this.current();
      if (conference) {
        untracked(() => {
          if (!this.form.dirty) this.resetForm(conference);
        });
      }
    });
  }

  protected hasFocusArea(code: FocusAreaCode): boolean {
    return this.form.controls.focusAreaCodes.value.includes(code);
  }

  protected toggleFocusArea(code: FocusAreaCode, checked: boolean): void {
    const control = this.form.controls.focusAreaCodes;
    const order = this.focusAreaOptions().map((area) => area.code);
    control.setValue(toggleCode(control.value, code, checked, order));
    control.markAsDirty();
    control.markAsTouched();
  }

  protected saveConference(): void {
    if (this.saving()) return;
    this.failure.set(null);
    this.statusMessage.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }
    const body = toConferenceRequest(this.form.getRawValue());
    const id = this.id();
    this.saving.set(true);
    const request: Observable<ConferenceResponse> = id ? this.api.update(id, body) : this.api.create(body);
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        if (!id) {
          const state: ConferenceEditState = { created: true };
          void this.router.navigate(['/arbetsutskottet/konferenser', saved.id], { state });
          return;
        }
        this.resetForm(saved);
        this.conference.set(saved);
        this.statusMessage.set({ key: 'conferenceAdmin.saved' });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        if (applyServerErrors(this.form, apiError)) {
          this.focusFirstInvalidField();
        } else {
          this.failure.set(errorText(apiError, this.translate));
        }
      },
    });
  }

  protected publishConference(): void {
    const id = this.id();
    if (!id) return;
    this.runAction(this.api.publish(id), 'conferenceAdmin.published');
  }

  protected changeStatus(status: 'cancelled' | 'archived'): void {
    const id = this.id();
    if (!id) return;
    const texts =
      status === 'cancelled'
        ? {
            title: 'conferenceAdmin.cancelDialog.title',
            message: 'conferenceAdmin.cancelDialog.message',
            confirmLabel: 'conferenceAdmin.cancelDialog.confirm',
          }
        : {
            title: 'conferenceAdmin.archiveDialog.title',
            message: 'conferenceAdmin.archiveDialog.message',
            confirmLabel: 'conferenceAdmin.archiveDialog.confirm',
          };
    confirmAction(this.dialog, {
      ...texts,
      params: { title: this.title() },
      destructive: status === 'cancelled',
    }).subscribe((confirmed) => {
      if (confirmed) {
        this.runAction(
          this.api.changeStatus(id, status),
          status === 'cancelled' ? 'conferenceAdmin.cancelledDone' : 'conferenceAdmin.archivedDone',
        );
      }
    });
  }

  /** Asks for the copy's start, creates it and opens the new draft with a message. */
  protected openCopyDialog(): void {
    const conference = this.current();
    if (!conference) return;
    this.statusMessage.set(null);
    this.dialog
      .open<CopyConferenceDialog, CopyConferenceDialogData, ConferenceCopyResponse>(CopyConferenceDialog, {
        data: { conference },
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((copy) => {
        if (!copy) return;
        // The router reuses this page for the copy (the form fills from it once it loads) or makes a new one (the state says it).
        this.form.markAsPristine();
        const state: ConferenceEditState = { copied: true };
        void this.router.navigate(['/arbetsutskottet/konferenser', copy.id], { state }).then((navigated) => {
          if (navigated) this.statusMessage.set({ key: 'conferenceAdmin.copied' });
        });
      });
  }

  protected openThemeDialog(theme?: ThemeResponse): void {
    const id = this.id();
    if (!id) return;
    this.statusMessage.set(null);
    this.dialog
      .open<ThemeDialog, ThemeDialogData, ThemeResponse>(ThemeDialog, {
        data: { conferenceId: id, theme, focusAreas: this.focusAreaOptions() },
        width: '600px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) {
          this.statusMessage.set({
            key: theme ? 'conferenceAdmin.themeUpdated' : 'conferenceAdmin.themeAdded',
            params: { title: saved.titleSv },
          });
          this.conference.reload();
        }
      });
  }

  protected removeTheme(theme: ThemeResponse): void {
    const id = this.id();
    if (!id) return;
    confirmAction(this.dialog, {
      title: 'conferenceAdmin.removeThemeDialog.title',
      message: 'conferenceAdmin.removeThemeDialog.message',
      params: { title: theme.titleSv },
      confirmLabel: 'conferenceAdmin.removeThemeDialog.confirm',
      destructive: true,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.api.removeTheme(id, theme.id).subscribe({
        next: () => {
          this.statusMessage.set({ key: 'conferenceAdmin.themeRemoved', params: { title: theme.titleSv } });
          this.conference.reload();
        },
        error: (error: unknown) => this.failure.set(errorText(error, this.translate)),
      });
    });
  }

  private runAction(request: Observable<ConferenceResponse>, doneKey: string): void {
    if (this.busy()) return;
    this.failure.set(null);
    this.statusMessage.set(null);
    this.busy.set(true);
    request.subscribe({
      next: (conference) => {
        this.busy.set(false);
        this.conference.set(conference);
        this.statusMessage.set({ key: doneKey, params: { title: localizedTitle(conference, this.language.current()) } });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(errorText(error, this.translate));
      },
    });
  }

  private resetForm(conference: ConferenceResponse): void {
    this.form.reset(toConferenceFormValue(conference));
    if (conference.status === 'archived') {
      this.form.disable();
    } else {
      this.form.enable();
    }
  }

  private focusFirstInvalidField(): void {
    // After the error texts have rendered.
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid, mat-select.ng-invalid')?.focus());
  }
}
