import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AgendaItemResponse, InvitationStatus } from '@samverkan/agenda/contract';
import { asApiError, errorText } from '@samverkan/shared/ui';
import { AgendaApi } from '../agenda-api';

/**
 * Where each speaker of a saved item stands (not invited, invited, confirmed, declined), with a button
 * that mails them an invitation (again: a new link replaces the old one).
 */
@Component({
  selector: 'sv-speaker-invitations',
  imports: [MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="sv-speaker-invitations" aria-labelledby="speaker-invitations-heading">
      <h3 id="speaker-invitations-heading">{{ 'agendaEditor.invitations.heading' | translate }}</h3>
      <ul>
        @for (speaker of item().speakers; track speaker.id) {
          <li [attr.data-invitation]="speaker.name">
            <span>{{ speaker.name }}</span>
            <span class="sv-secondary" data-invitation-status>{{ 'agendaEditor.invitations.status.' + statusOf(speaker.id, speaker.invitation) | translate }}</span>
            <button mat-stroked-button type="button" [disabled]="busy() === speaker.id" (click)="sendInvitation(speaker.id)">
              {{ (statusOf(speaker.id, speaker.invitation) === 'not-invited' ? 'agendaEditor.invitations.send' : 'agendaEditor.invitations.sendAgain') | translate }}
              <span class="cdk-visually-hidden">{{ speaker.name }}</span>
            </button>
          </li>
        }
      </ul>
      <p class="sv-secondary">{{ 'agendaEditor.invitations.hint' | translate }}</p>
      <p role="status">{{ message() }}</p>
    </section>
  `,
})
export class SpeakerInvitations {
  private readonly api = inject(AgendaApi);
  private readonly translate = inject(TranslateService);

  readonly item = input.required<AgendaItemResponse>();
  protected readonly busy = signal<string | null>(null);
  protected readonly message = signal('');
  /** Statuses changed here since the item was loaded. */
  private readonly sent = signal<Record<string, InvitationStatus>>({});

  protected statusOf(speakerId: string, loaded: InvitationStatus): InvitationStatus {
    return this.sent()[speakerId] ?? loaded;
  }

  protected sendInvitation(speakerId: string): void {
    if (this.busy()) return;
    this.busy.set(speakerId);
    this.message.set('');
    this.api.inviteSpeaker(this.item().id, speakerId).subscribe({
      next: (sent) => {
        this.busy.set(null);
        this.sent.update((all) => ({ ...all, [speakerId]: sent.status }));
        this.message.set(this.translate.instant('agendaEditor.invitations.sent', { email: sent.email }));
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.message.set(errorText(asApiError(error, this.translate.instant('errors.unexpected')), this.translate));
      },
    });
  }
}
