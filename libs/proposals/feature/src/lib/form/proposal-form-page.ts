import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { getConferences, localizedTitle } from '@samverkan/conferences/feature';
import {
  PROPOSAL_FORMATS,
  PROPOSAL_KINDS,
  gapAreasOf,
  type ProposalGapsResponse,
  type ProposalResponse,
} from '@samverkan/proposals/contract';
import {
  ErrorMessage,
  FieldErrorPipe,
  LanguageService,
  LoadingIndicator,
  applyServerErrors,
  asApiError,
  errorText,
  isApiError,
} from '@samverkan/shared/ui';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { FocusAreasApi, localizeFocusArea } from '@samverkan/strategy/feature';
import { catchError, of, type Observable } from 'rxjs';
import { ProposalsApi } from '../proposals-api';
import {
  PROPOSAL_LIMITS,
  addSpeaker,
  buildProposalForm,
  fillProposalForm,
  removeSpeaker,
  toProposalRequest,
  toggleCode,
} from './proposal-form';

/** Router state the form passes to the detail page after saving. */
export interface ProposalSavedState {
  saved?: 'created' | 'updated';
}

/**
 * Council: a new proposal (`/programradet/forslag/nytt`) or changes to one's own draft or returned
 * proposal (`…/:id/andra`). Saving keeps it a draft; it is submitted from the proposal's page.
 */
@Component({
  selector: 'sv-proposal-form-page',
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
    MatRadioGroup,
    MatRadioButton,
    MatButton,
    MatIcon,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposal-form-page.html',
  styleUrl: './proposal-form-page.scss',
})
export class ProposalFormPage {
  private readonly api = inject(ProposalsApi);
  private readonly http = inject(HttpClient);
  private readonly focusAreasApi = inject(FocusAreasApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Bound from the route; absent when creating. */
  readonly id = input<string>();

  protected readonly kinds = PROPOSAL_KINDS;
  protected readonly formats = PROPOSAL_FORMATS;
  protected readonly limits = PROPOSAL_LIMITS;
  protected readonly form = buildProposalForm(this.fb);
  protected readonly proposal = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly focusAreas = rxResource({ stream: () => this.focusAreasApi.list() });
  protected readonly conferences = rxResource({ stream: () => getConferences(this.http) });

  protected readonly editing = computed(() => this.id() !== undefined);
  protected readonly current = computed(() => (this.proposal.hasValue() ? this.proposal.value() : null));
  protected readonly loadError = computed(() => {
    const error = this.proposal.error();
    if (!error) return null;
    return isApiError(error) && error.statusCode === 404 ? this.translate.instant('proposals.notFound') : errorText(error, this.translate);
  });
  protected readonly focusAreaOptions = computed(() =>
    this.focusAreas.hasValue() ? this.focusAreas.value().map((area) => localizeFocusArea(area, this.language.current())) : [],
  );
  protected readonly conferenceOptions = computed(() => {
    if (!this.conferences.hasValue()) return [];
    const language = this.language.current();
    return this.conferences
      .value()
      .filter((c) => c.status === 'draft' || c.status === 'published' || c.id === this.current()?.targetConferenceId)
      .map((c) => ({ id: c.id, title: localizedTitle(c, language) }));
  });
  private readonly targetConferenceId = toSignal(this.form.controls.targetConferenceId.valueChanges, {
    initialValue: this.form.controls.targetConferenceId.value,
  });
  private readonly chosenCodes = toSignal(this.form.controls.focusAreaCodes.valueChanges, {
    initialValue: this.form.controls.focusAreaCodes.value,
  });
  /** The areas short in the chosen conference's draft programme (the next one's without a choice); none when it fails. */
  protected readonly gaps = rxResource({
    params: () => ({ conferenceId: this.targetConferenceId() }),
    stream: ({ params }) => this.api.gaps(params.conferenceId).pipe(catchError(() => of<ProposalGapsResponse | null>(null))),
  });
  protected readonly shortCodes = computed(() => new Set((this.gaps.value()?.shortAreas ?? []).map((gap) => gap.focusAreaCode)));
  /** The chosen areas that are short: the proposal would fill a gap. */
  protected readonly fillsGap = computed(() => {
    const gaps = this.gaps.value();
    if (!gaps) return null;
    const titles = new Map(this.focusAreaOptions().map((area) => [area.code, area.title]));
    const codes = gapAreasOf(this.chosenCodes(), gaps.shortAreas);
    const threshold = new Intl.NumberFormat(this.language.current() === 'en' ? 'en-GB' : 'sv-SE', { style: 'percent' }).format(
      gaps.minShare,
    );
    return {
      conference: gaps.conferenceTitle,
      threshold,
      areas: codes.map((code) => titles.get(code) ?? code).join(', '),
      count: codes.length,
    };
  });
  /** Someone who opens the edit page of a proposal they may no longer change. */
  protected readonly notEditable = computed(() => {
    const proposal = this.current();
    return proposal !== null && !proposal.can.edit;
  });

  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    effect(() => {
      const proposal = this.current();
      if (proposal) {
        untracked(() => {
          if (!this.form.dirty) fillProposalForm(this.form, this.fb, proposal);
        });
      }
    });
  }

  protected get speakers() {
    return this.form.controls.speakers;
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

  protected addSpeaker(): void {
    addSpeaker(this.form, this.fb);
    const index = this.speakers.length - 1;
    // Put the keyboard in the new speaker's name field.
    setTimeout(() => this.host.nativeElement.querySelector<HTMLInputElement>(`[data-speaker="${index}"] input`)?.focus());
  }

  protected removeSpeaker(index: number): void {
    removeSpeaker(this.form, index);
    setTimeout(() => this.host.nativeElement.querySelector<HTMLButtonElement>('[data-add-speaker]')?.focus());
  }

  protected saveProposal(): void {
    if (this.saving()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }
    const body = toProposalRequest(this.form.getRawValue());
    const id = this.id();
    const request: Observable<ProposalResponse> = id ? this.api.update(id, body) : this.api.create(body);
    this.saving.set(true);
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.form.markAsPristine();
        const state: ProposalSavedState = { saved: id ? 'updated' : 'created' };
        void this.router.navigate(['/programradet/forslag', saved.id], { state });
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

  private focusFirstInvalidField(): void {
    setTimeout(() =>
      this.host.nativeElement
        .querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, [data-focus-areas].sv-invalid input')
        ?.focus(),
    );
  }
}
