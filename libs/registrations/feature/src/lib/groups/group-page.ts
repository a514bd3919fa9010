import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { GroupMemberView } from '@samverkan/registrations/contract';
import {
  ApiError,
  ErrorMessage,
  ErrorTextPipe,
  FieldErrorPipe,
  LanguageService,
  LoadingIndicator,
  applyServerErrors,
  asApiError,
  confirmAction,
  errorText,
  isApiError,
} from '@samverkan/shared/ui';
import { conferenceDates, localizedTitle } from '@samverkan/conferences/feature';
import { RegistrationsApi } from '../registrations-api';
import { buildAnswersGroup } from '../questions/answers-form';
import { QuestionFields } from '../questions/question-fields';
import { GroupsApi } from './group-api';
import { answerErrorsAt, buildMemberForm, toMemberRequest, withAnswers } from './group-form';

/**
 * The contact person's group link: the members with their status and place on the waitlist, adding
 * one more, and cancelling a member (whose seat goes to the first on the waitlist).
 */
@Component({
  selector: 'sv-group-page',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
    ErrorTextPipe,
    ErrorMessage,
    LoadingIndicator,
    QuestionFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './group-page.html',
  styleUrl: './group-page.scss',
})
export class GroupPage {
  private readonly api = inject(GroupsApi);
  private readonly registrations = inject(RegistrationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The group link's secret, bound from the route. */
  readonly token = input.required<string>();

  protected readonly group = rxResource({ params: () => this.token(), stream: ({ params }) => this.api.get(params) });
  protected readonly notFound = computed(() => {
    const error = this.group.error();
    return isApiError(error) && error.statusCode === 404;
  });
  protected readonly loadError = computed(() => {
    const error = this.group.error();
    return error && !this.notFound() ? errorText(error, this.translate) : null;
  });
  protected readonly view = computed(() => {
    if (!this.group.hasValue()) return null;
    const g = this.group.value();
    const language = this.language.current();
    return {
      ...g,
      title: localizedTitle(g.conference, language),
      dates: conferenceDates(g.conference, language),
    };
  });

  protected readonly form = buildMemberForm(inject(NonNullableFormBuilder), this.language.current());
  /** The conference's own questions, asked of a member added here as on the group form. */
  private readonly questionList = rxResource({
    params: () => (this.group.hasValue() ? this.group.value().conference.id : undefined),
    stream: ({ params }) => this.registrations.questions(params),
  });
  protected readonly questions = computed(() => (this.questionList.hasValue() ? this.questionList.value() : []));
  protected readonly answers = computed(() => buildAnswersGroup(this.questions()));
  protected readonly busy = signal(false);
  protected readonly failure = signal<ApiError | null>(null);
  /** The outcome of the last action, read out by screen readers. */
  protected readonly status = signal<{ key: string; params?: Record<string, unknown> } | null>(null);

  protected statusText(m: GroupMemberView): { key: string; params?: Record<string, unknown> } {
    if (m.status === 'waitlisted') return { key: 'group.waitlisted', params: { position: m.waitlistPosition } };
    return { key: m.status === 'confirmed' ? 'group.confirmed' : 'group.cancelled' };
  }

  protected addMember(): void {
    if (this.busy()) return;
    this.failure.set(null);
    const answers = this.answers();
    if (this.form.invalid || answers.invalid) {
      this.form.markAllAsTouched();
      answers.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }
    const [body] = withAnswers([toMemberRequest(this.form.getRawValue())], this.questions(), [answers]);
    this.busy.set(true);
    this.api.addMember(this.token(), body).subscribe({
      next: (added) => {
        this.busy.set(false);
        this.status.set(
          added.status === 'confirmed'
            ? { key: 'group.addedSeat', params: { email: added.email } }
            : { key: 'group.addedWaiting', params: { email: added.email, position: added.waitlistPosition } },
        );
        this.form.reset({ language: this.language.current() });
        answers.reset();
        this.group.reload();
      },
      error: (error: unknown) => this.fail(error, true),
    });
  }

  protected cancelMember(m: GroupMemberView): void {
    if (this.busy()) return;
    const name = `${m.firstName} ${m.lastName}`;
    confirmAction(this.dialog, {
      title: 'group.cancelDialog.title',
      message: 'group.cancelDialog.message',
      confirmLabel: 'group.cancelDialog.confirm',
      params: { name },
      destructive: true,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.busy.set(true);
      this.failure.set(null);
      this.api.cancelMember(this.token(), m.id).subscribe({
        next: (group) => {
          this.busy.set(false);
          this.group.set(group);
          this.status.set({ key: 'group.cancelledDone', params: { name } });
        },
        error: (error: unknown) => this.fail(error, false),
      });
    });
  }

  private fail(error: unknown, onForm: boolean): void {
    this.busy.set(false);
    const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
    const onAnswers = onForm && applyServerErrors(this.answers(), answerErrorsAt(apiError, 'answers.'));
    if ((onForm && applyServerErrors(this.form, apiError)) || onAnswers) {
      this.focusFirstInvalidField();
      return;
    }
    this.failure.set(apiError);
    this.group.reload();
  }

  private focusFirstInvalidField(): void {
    setTimeout(() =>
      this.host.nativeElement
        .querySelector<HTMLElement>('form input.ng-invalid, form textarea.ng-invalid, form fieldset[aria-describedby] input')
        ?.focus(),
    );
  }
}
