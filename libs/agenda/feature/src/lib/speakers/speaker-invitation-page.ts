import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { InvitationAnswer, SpeakerInvitationResponse } from '@samverkan/agenda/contract';
import { ErrorMessage, FieldErrorPipe, LanguageService, LoadingIndicator, applyServerErrors, asApiError, errorText, isApiError } from '@samverkan/shared/ui';
import { Documents } from '@samverkan/shared/ui/documents';
import { formatDate, formatTime } from '@samverkan/shared/util-dates';
import { AgendaApi } from '../agenda-api';

/**
 * The invited speaker's page behind their secret link (`/talare/:token`, rendered in the browser
 * only, kept out of robots.txt's reach): the programme item, a yes or no, and what the programme
 * shows about them (biography in Swedish and English, organisation, title).
 */
@Component({
  selector: 'sv-speaker-invitation-page',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
    LoadingIndicator,
    Documents,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page sv-page--text">
      @if (invitation.isLoading() && !invitation.hasValue()) {
        <sv-loading-indicator label="speakerInvitation.loading" />
      } @else if (notFound()) {
        <h1>{{ 'speakerInvitation.notFoundHeading' | translate }}</h1>
        <p>{{ 'speakerInvitation.notFoundText' | translate }}</p>
      } @else if (loadError(); as message) {
        <h1>{{ 'speakerInvitation.title' | translate }}</h1>
        <sv-error-message [message]="message" [retryable]="true" (retry)="invitation.reload()" />
      } @else if (view(); as v) {
        <h1>{{ 'speakerInvitation.heading' | translate: { name: v.name } }}</h1>
        <p>{{ 'speakerInvitation.intro' | translate: { conference: v.conference } }}</p>
        <dl class="sv-facts">
          <div>
            <dt>{{ 'speakerInvitation.item' | translate }}</dt>
            <dd data-invitation-item>{{ v.item }}</dd>
          </div>
          <div>
            <dt>{{ 'speakerInvitation.when' | translate }}</dt>
            <dd>{{ v.when ?? ('speakerInvitation.notScheduled' | translate) }}</dd>
          </div>
          @if (v.roomName) {
            <div>
              <dt>{{ 'speakerInvitation.room' | translate }}</dt>
              <dd>{{ v.roomName }}</dd>
            </div>
          }
          <div>
            <dt>{{ 'speakerInvitation.status' | translate }}</dt>
            <dd data-invitation-status>{{ 'speakerInvitation.statusText.' + v.status | translate }}</dd>
          </div>
        </dl>
        <form [formGroup]="form" (ngSubmit)="sendAnswer()" novalidate>
          @if (failure(); as message) {
            <sv-error-message [message]="message" />
          }
          <mat-radio-group formControlName="answer" [attr.aria-label]="'speakerInvitation.answer' | translate" class="sv-answer">
            <mat-radio-button value="confirmed">{{ 'speakerInvitation.confirm' | translate }}</mat-radio-button>
            <mat-radio-button value="declined">{{ 'speakerInvitation.decline' | translate }}</mat-radio-button>
          </mat-radio-group>
          @if (form.controls.answer.value === 'confirmed') {
            <div class="sv-form">
              <h2>{{ 'speakerInvitation.aboutYou' | translate }}</h2>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'speakerInvitation.jobTitle' | translate }}</mat-label>
                <input matInput formControlName="title" maxlength="200" />
                <mat-error>{{ form.controls.title | svFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'speakerInvitation.organisation' | translate }}</mat-label>
                <input matInput formControlName="organisation" maxlength="200" />
                <mat-error>{{ form.controls.organisation | svFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'speakerInvitation.bioSv' | translate }}</mat-label>
                <textarea matInput formControlName="bioSv" rows="5" maxlength="5000" lang="sv"></textarea>
                <mat-hint>{{ 'speakerInvitation.bioHint' | translate }}</mat-hint>
                <mat-error>{{ form.controls.bioSv | svFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'speakerInvitation.bioEn' | translate }}</mat-label>
                <textarea matInput formControlName="bioEn" rows="5" maxlength="5000" lang="en"></textarea>
                <mat-error>{{ form.controls.bioEn | svFieldError }}</mat-error>
              </mat-form-field>
              <sv-documents
                parentType="agenda-item"
                [parentId]="v.agendaItemId"
                [token]="token()"
                [canEdit]="true"
                [heading]="'speakerInvitation.slides' | translate"
                data-speaker-slides
              />
              <p class="sv-secondary">{{ 'speakerInvitation.slidesHint' | translate }}</p>
            </div>
          }
          <p class="sv-actions">
            <button mat-flat-button type="submit" [disabled]="saving() || !form.controls.answer.value">
              {{ (saving() ? 'common.saving' : 'speakerInvitation.send') | translate }}
            </button>
          </p>
          <p role="status" data-invitation-saved>{{ saved() ? ('speakerInvitation.saved.' + saved() | translate) : '' }}</p>
        </form>
      }
    </div>
  `,
  styles: `
    .sv-answer {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-bottom: 16px;
    }
  `,
})
export class SpeakerInvitationPage {
  private readonly api = inject(AgendaApi);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  /** The secret from the link (withComponentInputBinding). */
  readonly token = input.required<string>();

  protected readonly invitation = rxResource({ params: () => this.token(), stream: ({ params }) => this.api.invitation(params) });
  protected readonly form = inject(NonNullableFormBuilder).group({
    answer: ['' as InvitationAnswer | '', [Validators.required]],
    title: ['', [Validators.maxLength(200)]],
    organisation: ['', [Validators.maxLength(200)]],
    bioSv: ['', [Validators.maxLength(5000)]],
    bioEn: ['', [Validators.maxLength(5000)]],
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly saved = signal<InvitationAnswer | null>(null);

  protected readonly notFound = computed(() => {
    const error = this.invitation.error();
    return isApiError(error) && error.statusCode === 404;
  });
  protected readonly loadError = computed(() => {
    const error = this.invitation.error();
    return error && !this.notFound() ? errorText(error, this.translate) : null;
  });
  protected readonly view = computed(() => {
    if (!this.invitation.hasValue()) return null;
    const i = this.invitation.value();
    const language = this.language.current();
    const en = language === 'en';
    return {
      name: i.speaker.name,
      conference: en ? (i.conferenceTitleEn ?? i.conferenceTitleSv) : i.conferenceTitleSv,
      item: en ? (i.itemTitleEn ?? i.itemTitleSv) : i.itemTitleSv,
      when:
        i.startsAt && i.endsAt
          ? `${formatDate(i.startsAt, language)} ${formatTime(i.startsAt, language)}–${formatTime(i.endsAt, language)}`
          : null,
      roomName: i.roomName,
      status: i.status,
      agendaItemId: i.agendaItemId,
    };
  });

  constructor() {
    // The form starts from what the register holds (and the answer given, if any).
    effect(() => {
      if (!this.invitation.hasValue()) return;
      const i = this.invitation.value();
      if (this.form.dirty) return;
      this.form.reset({
        answer: i.status === 'invited' ? '' : i.status,
        title: i.speaker.title ?? '',
        organisation: i.speaker.organisation ?? '',
        bioSv: i.speaker.bioSv ?? '',
        bioEn: i.speaker.bioEn ?? '',
      });
    });
  }

  protected sendAnswer(): void {
    if (this.saving()) return;
    const value = this.form.getRawValue();
    if (this.form.invalid || !value.answer) {
      this.form.markAllAsTouched();
      return;
    }
    this.failure.set(null);
    this.saved.set(null);
    this.saving.set(true);
    const body =
      value.answer === 'confirmed'
        ? {
            answer: value.answer,
            title: value.title.trim() || null,
            organisation: value.organisation.trim() || null,
            bioSv: value.bioSv.trim() || null,
            bioEn: value.bioEn.trim() || null,
          }
        : { answer: value.answer };
    this.api.answerInvitation(this.token(), body).subscribe({
      next: (answered: SpeakerInvitationResponse) => {
        this.saving.set(false);
        this.form.markAsPristine();
        this.invitation.set(answered);
        this.saved.set(value.answer as InvitationAnswer);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        if (!applyServerErrors(this.form, apiError)) this.failure.set(errorText(apiError, this.translate));
      },
    });
  }
}
