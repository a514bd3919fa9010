import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, errorText, fileNameFrom, saveFile } from '@samverkan/shared/ui';
import { stockholmDate } from '@samverkan/shared/util-dates';
import { CommitteeApi } from '../committee-api';

/**
 * "Protokoll (PDF)": downloads a meeting's justerat minutes. A button rather than a plain link, as the
 * request must carry the sign-in; the file keeps the name the API gives it.
 */
@Component({
  selector: 'sv-minutes-pdf-button',
  imports: [MatButton, MatIcon, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-stroked-button type="button" data-minutes-pdf [disabled]="busy()" (click)="download()">
      <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">download</mat-icon>
      {{ 'minutesPdf.download' | translate }}
      <!-- The accessible name starts with the visible text (WCAG 2.5.3) and says which minutes. -->
      <span class="cdk-visually-hidden">{{ 'minutesPdf.downloadOf' | translate: { title: title() } }}</span>
    </button>
    <span class="cdk-visually-hidden" role="status">
      @if (saved(); as fileName) {
        {{ 'minutesPdf.downloaded' | translate: { fileName } }}
      }
    </span>
    @if (failure(); as message) {
      <sv-error-message [message]="message" />
    }
  `,
})
export class MinutesPdfButton {
  private readonly api = inject(CommitteeApi);
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);

  readonly meetingId = input.required<string>();
  /** The meeting's title, in the button's accessible name (for screen readers). */
  readonly title = input.required<string>();

  protected readonly busy = signal(false);
  protected readonly saved = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);

  protected download(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.saved.set(null);
    this.api.minutesPdf(this.meetingId()).subscribe({
      next: (response) => {
        this.busy.set(false);
        const fileName = fileNameFrom(response.headers.get('Content-Disposition'), `protokoll-${stockholmDate(new Date())}.pdf`);
        if (response.body) saveFile(this.document, response.body, fileName);
        this.saved.set(fileName);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(errorText(error, this.translate));
      },
    });
  }
}
