import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { canRegister, conferenceDates, localizedTitle, registrationState } from '@samverkan/conferences/feature';
import { ORGANISATION_TYPES } from '@samverkan/identity/contract';
import { MAX_GROUP_MEMBERS, type GroupRegistrationCreatedResponse } from '@samverkan/registrations/contract';
import {
  ApiError,
  ErrorMessage,
  ErrorTextPipe,
  FieldErrorPipe,
  LanguageService,
  LoadingIndicator,
  applyServerErrors,
  asApiError,
  errorText,
  isApiError,
  notFoundStatus,
} from '@samverkan/shared/ui';
import { RegistrationsApi } from '../registrations-api';
import { GroupsApi } from './group-api';
import { FeeSection } from '../fees/fee-section';
import { invoiceRequest } from '../fees/invoice-form';
import { buildAnswersGroup, type AnswersGroup } from '../questions/answers-form';
import { QuestionFields } from '../questions/question-fields';
import { buildGroupForm, buildMemberForm, answerErrorsAt, toGroupRequest, withAnswers } from './group-form';

interface Outcome {
  created: GroupRegistrationCreatedResponse;
  contactEmail: string;
  seated: string[];
  waiting: { email: string; position: number | null }[];
}

/**
 * Public: a contact person registers several people from one organisation at once. After sending,
 * the page says who got a seat and who is on the waitlist (a live region), with the group link.
 */
@Component({
  selector: 'sv-group-registration-page',
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
    MatIconButton,
    MatAnchor,
    TranslatePipe,
    FieldErrorPipe,
    ErrorTextPipe,
    ErrorMessage,
    LoadingIndicator,
    QuestionFields,
    FeeSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './group-registration-page.html',
  styleUrl: './group-registration-page.scss',
})
export class GroupRegistrationPage {
  private readonly api = inject(RegistrationsApi);
  private readonly groups = inject(GroupsApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly outcomeHeading = viewChild<ElementRef<HTMLElement>>('outcomeHeading');

  /** The conference id, bound from the route. */
  readonly id = input.required<string>();

  protected readonly organisationTypes = ORGANISATION_TYPES;
  protected readonly maxMembers = MAX_GROUP_MEMBERS;
  protected readonly form = buildGroupForm(this.fb, this.language.current());
  protected readonly members = this.form.controls.members;
  protected readonly organisationType = toSignal(this.form.controls.organisationType.valueChanges, {
    initialValue: this.form.controls.organisationType.value,
  });
  protected readonly conference = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.conference(params) });
  /** The conference's own questions, asked of every member; none (or not loaded): only the fixed fields. */
  private readonly questionList = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.questions(params) });
  protected readonly questions = computed(() => (this.questionList.hasValue() ? this.questionList.value() : []));
  /** One set of answers per member row, in the rows' order. */
  protected readonly memberAnswers = signal<AnswersGroup[]>([]);
  protected readonly notFound = computed(() => {
    const error = this.conference.error();
    return isApiError(error) && (error.statusCode === 404 || error.statusCode === 400);
  });
  protected readonly loadError = computed(() => {
    const error = this.conference.error();
    return error && !this.notFound() ? errorText(error, this.translate) : null;
  });
  protected readonly view = computed(() => {
    if (!this.conference.hasValue()) return null;
    const conference = this.conference.value();
    const language = this.language.current();
    return {
      id: conference.id,
      title: localizedTitle(conference, language),
      dates: conferenceDates(conference, language),
      open: canRegister(registrationState(conference)),
    };
  });

  protected readonly submitting = signal(false);
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly outcome = signal<Outcome | null>(null);
  /** What the list of members just did, for screen readers. */
  protected readonly rowMessage = signal<{ key: string; params?: Record<string, unknown> } | null>(null);

  constructor() {
    notFoundStatus(this.notFound);
    effect(() => {
      const questions = this.questions();
      untracked(() => this.memberAnswers.set(this.members.controls.map(() => buildAnswersGroup(questions))));
    });
  }

  protected addMember(): void {
    if (this.members.length >= MAX_GROUP_MEMBERS) return;
    this.members.push(buildMemberForm(this.fb, this.language.current()));
    this.memberAnswers.update((all) => [...all, buildAnswersGroup(this.questions())]);
    const n = this.members.length;
    this.rowMessage.set({ key: 'groupRegistration.memberAdded', params: { n } });
    setTimeout(() => this.host.nativeElement.querySelector<HTMLInputElement>(`#member-${n - 1}-firstName`)?.focus());
  }

  protected removeMember(index: number): void {
    if (this.members.length <= 1) return;
    this.members.removeAt(index);
    this.memberAnswers.update((all) => all.filter((_, i) => i !== index));
    this.rowMessage.set({ key: 'groupRegistration.memberRemoved' });
    const next = Math.min(index, this.members.length - 1);
    setTimeout(() => this.host.nativeElement.querySelector<HTMLInputElement>(`#member-${next}-firstName`)?.focus());
  }

  protected submitGroup(): void {
    if (this.submitting()) return;
    this.failure.set(null);
    const answers = this.memberAnswers();
    if (this.form.invalid || answers.some((a) => a.invalid)) {
      this.form.markAllAsTouched();
      answers.forEach((a) => a.markAllAsTouched());
      this.focusFirstInvalidField();
      return;
    }
    const request = toGroupRequest(this.form.getRawValue(), this.language.current());
    const body = {
      ...request,
      ...invoiceRequest(this.form.controls.invoice),
      members: withAnswers(request.members, this.questions(), answers),
    };
    this.submitting.set(true);
    this.groups.register(this.id(), body).subscribe({
      next: (created) => {
        this.submitting.set(false);
        const named = created.registrations;
        this.outcome.set({
          created,
          contactEmail: body.contact.email,
          seated: named.filter((r) => r.status === 'confirmed').map((r) => r.email),
          waiting: named.filter((r) => r.status === 'waitlisted').map((r) => ({ email: r.email, position: r.waitlistPosition })),
        });
        this.rowMessage.set({
          key: 'groupRegistration.outcomeSummary',
          params: { seated: this.outcome()?.seated.length ?? 0, waiting: this.outcome()?.waiting.length ?? 0 },
        });
        setTimeout(() => this.outcomeHeading()?.nativeElement.focus());
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        // The banner says that nobody was registered and why; the person at fault is marked too.
        this.failure.set(apiError);
        const onAnswers = answers.map((a, i) => applyServerErrors(a, answerErrorsAt(apiError, `members.${i}.answers.`))).some(Boolean);
        if (applyServerErrors(this.form, apiError) || onAnswers) this.focusFirstInvalidField();
        if (apiError.statusCode === 422) this.conference.reload();
      },
    });
  }

  private focusFirstInvalidField(): void {
    setTimeout(() =>
      this.host.nativeElement
        .querySelector<HTMLElement>(
          'input.ng-invalid, select.ng-invalid, textarea.ng-invalid, mat-checkbox.ng-invalid input, fieldset[aria-describedby] input',
        )
        ?.focus(),
    );
  }
}
