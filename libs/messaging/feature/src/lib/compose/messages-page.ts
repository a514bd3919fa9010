import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { localizedTitle } from '@samverkan/conferences/feature';
import { ORGANISATION_TYPES } from '@samverkan/identity/contract';
import { MERGE_FIELDS, type MergeFieldKey, type MessageDryRunResponse, type SendMessageRequest } from '@samverkan/messaging/contract';
import { REGISTRATION_STATUSES } from '@samverkan/registrations/contract';
import { ErrorMessage, LanguageService, LoadingIndicator, confirmAction, errorText } from '@samverkan/shared/ui';
import { formatDate, formatTime } from '@samverkan/shared/util-dates';
import { filter, map, switchMap } from 'rxjs';
import { MessagingApi } from '../messaging-api';
import { RemindersEditor } from '../reminders/reminders-editor';
import { EMPTY_MESSAGE, fieldToken, insertAt, sameRequest, toMessageRequest, type MessageFormValue, type TextField } from './message-request';

/**
 * Staff: write to a conference's participants. Compose in Swedish (and English), choose who gets it,
 * preview (a dry run: the count and the first recipient's e-mail), then send after a confirmation.
 * Below: the messages sent so far, and the reminders that go out by themselves.
 */
@Component({
  selector: 'sv-messages-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatRadioGroup,
    MatRadioButton,
    TranslatePipe,
    ErrorMessage,
    LoadingIndicator,
    RemindersEditor,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './messages-page.html',
  styleUrl: './messages-page.scss',
})
export class MessagesPage {
  private readonly api = inject(MessagingApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);

  /** The conference id, bound from the route. */
  readonly id = input.required<string>();

  protected readonly statuses = REGISTRATION_STATUSES;
  protected readonly organisationTypes = ORGANISATION_TYPES;
  protected readonly mergeFields = MERGE_FIELDS;

  protected readonly form = inject(NonNullableFormBuilder).group({
    subjectSv: [EMPTY_MESSAGE.subjectSv, [Validators.required, Validators.maxLength(200)]],
    bodySv: [EMPTY_MESSAGE.bodySv, [Validators.required, Validators.maxLength(10000)]],
    subjectEn: [EMPTY_MESSAGE.subjectEn, Validators.maxLength(200)],
    bodyEn: [EMPTY_MESSAGE.bodyEn, Validators.maxLength(10000)],
    status: [EMPTY_MESSAGE.status as MessageFormValue['status']],
    organisationType: [EMPTY_MESSAGE.organisationType as MessageFormValue['organisationType']],
    agendaItemId: [EMPTY_MESSAGE.agendaItemId],
    checkedIn: [EMPTY_MESSAGE.checkedIn as MessageFormValue['checkedIn']],
  });
  private readonly request = toSignal(this.form.valueChanges.pipe(map(() => toMessageRequest(this.form.getRawValue()))), {
    initialValue: toMessageRequest(EMPTY_MESSAGE),
  });

  protected readonly conference = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.conference(params) });
  protected readonly conferenceTitle = computed(() => (this.conference.hasValue() ? localizedTitle(this.conference.value(), this.language.current()) : null));
  private readonly agenda = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.agenda(params) });
  /** Programme items people sign up for: the item filter's choices, in time order. */
  protected readonly signupItems = computed(() =>
    (this.agenda.hasValue() ? this.agenda.value().items : [])
      .filter((item) => item.signupRequired)
      .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''))
      .map((item) => ({
        id: item.id,
        label: `${localizedTitle(item, this.language.current())}${item.startsAt ? ` (${formatDate(item.startsAt, this.language.current())} ${formatTime(item.startsAt)})` : ''}`,
      })),
  );
  protected readonly sent = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.messages(params) });
  protected readonly sentError = computed(() => {
    const error = this.sent.error();
    return error ? errorText(error, this.translate) : null;
  });

  protected readonly previewing = signal(false);
  protected readonly sending = signal(false);
  protected readonly preview = signal<{ request: SendMessageRequest; result: MessageDryRunResponse } | null>(null);
  /** The preview no longer stands for the form: send stays off until a new one. */
  protected readonly stale = computed(() => {
    const preview = this.preview();
    return preview !== null && !sameRequest(preview.request, this.request());
  });
  protected readonly failure = signal<string | null>(null);
  protected readonly statusMessage = signal<{ key: string; params?: Record<string, unknown> } | null>(null);
  /** The text field a merge field goes into: the one last focused. */
  protected readonly target = signal<TextField>('bodySv');

  protected rememberTarget(field: TextField): void {
    this.target.set(field);
  }

  protected fieldName(key: MergeFieldKey): string {
    return fieldToken(key, this.target());
  }

  protected insertField(key: MergeFieldKey): void {
    const field = this.target();
    const control = this.form.controls[field];
    const element = this.document.getElementById(`message-${field}`) as HTMLInputElement | HTMLTextAreaElement | null;
    const { text, caret } = insertAt(control.value, element?.selectionStart ?? null, element?.selectionEnd ?? null, fieldToken(key, field));
    control.setValue(text);
    control.markAsDirty();
    if (element) {
      element.focus();
      element.setSelectionRange(caret, caret);
    }
  }

  /** English needs both its subject and its text, or neither. */
  protected readonly englishIncomplete = computed(() => {
    const request = this.request();
    return Boolean(request.subjectEn) !== Boolean(request.bodyEn);
  });

  protected runPreview(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.englishIncomplete() || this.previewing()) return;
    const request = toMessageRequest(this.form.getRawValue());
    this.failure.set(null);
    this.statusMessage.set(null);
    this.previewing.set(true);
    this.api.preview(this.id(), request).subscribe({
      next: (result) => {
        this.previewing.set(false);
        this.preview.set({ request, result });
      },
      error: (error: unknown) => {
        this.previewing.set(false);
        this.failure.set(errorText(error, this.translate));
      },
    });
  }

  protected send(): void {
    const preview = this.preview();
    if (!preview || this.stale() || this.sending() || preview.result.recipients === 0) return;
    const count = preview.result.recipients;
    confirmAction(this.dialog, {
      title: 'messages.send.confirmTitle',
      message: 'messages.send.confirmMessage',
      detail: 'messages.send.confirmDetail',
      params: { count },
      confirmLabel: 'messages.send.confirm',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.sending.set(true);
          this.failure.set(null);
          return this.api.send(this.id(), preview.request);
        }),
      )
      .subscribe({
        next: (sent) => {
          this.sending.set(false);
          this.preview.set(null);
          this.form.reset(EMPTY_MESSAGE);
          this.statusMessage.set({ key: 'messages.send.sent', params: { count: sent.recipients } });
          this.sent.reload();
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.failure.set(errorText(error, this.translate));
        },
      });
  }

  protected when(value: string): string {
    return `${formatDate(value, this.language.current())} ${formatTime(value)}`;
  }

  protected previewLanguage(language: 'sv' | 'en'): string {
    return this.translate.instant(`messages.language.${language}`);
  }
}
