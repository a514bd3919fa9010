import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AgendaItemResponse, UpdateAgendaItemRequest } from '@samverkan/agenda/contract';
import { formatDate, formatTime } from '@samverkan/shared/util-dates';
import { staleDifferences, type StaleChoice } from './stale-edit';

export interface StaleDialogData {
  mine: UpdateAgendaItemRequest;
  current: AgendaItemResponse;
  /** Names of speakers by register id (the item as I had it, and as it is now). */
  speakerNames?: Readonly<Record<string, string>>;
  rooms: readonly { id: string; name: string }[];
}

/** Someone else changed the item first: shows both versions and closes with 'mine' or 'theirs'. */
@Component({
  selector: 'sv-agenda-stale-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'agendaEditor.stale.title' | translate }}</h2>
    <mat-dialog-content>
      <p>{{ 'agendaEditor.stale.text' | translate: { title: data.current.titleSv } }}</p>
      <table class="sv-stale-table">
        <caption class="cdk-visually-hidden">
          {{
            'agendaEditor.stale.caption' | translate
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'agendaEditor.stale.field' | translate }}</th>
            <th scope="col">{{ 'agendaEditor.stale.mine' | translate }}</th>
            <th scope="col">{{ 'agendaEditor.stale.theirs' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows; track row.field) {
            <tr>
              <th scope="row">{{ 'agendaEditor.field.' + row.field | translate }}</th>
              <td>{{ row.mine }}</td>
              <td>{{ row.theirs }}</td>
            </tr>
          }
        </tbody>
      </table>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-stroked-button type="button" [mat-dialog-close]="'theirs'">{{ 'agendaEditor.stale.takeTheirs' | translate }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="'mine'">{{ 'agendaEditor.stale.keepMine' | translate }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .sv-stale-table {
      border-collapse: collapse;
      width: 100%;
    }
    .sv-stale-table th,
    .sv-stale-table td {
      text-align: left;
      padding: 4px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
  `,
})
export class StaleDialog {
  private readonly translate = inject(TranslateService);
  protected readonly data = inject<StaleDialogData>(MAT_DIALOG_DATA);
  protected readonly rows = staleDifferences(this.data.mine, this.data.current).map((row) => ({
    field: row.field,
    mine: this.show(row.field, row.mine),
    theirs: this.show(row.field, row.theirs),
  }));

  private show(field: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return '–';
    if (typeof value === 'boolean') return this.translate.instant(value ? 'common.yes' : 'common.no');
    if ((field === 'startsAt' || field === 'endsAt') && typeof value === 'string') return `${formatDate(value)} ${formatTime(value)}`;
    if (field === 'roomId') return this.data.rooms.find((room) => room.id === value)?.name ?? String(value);
    if (field === 'speakerIds' && Array.isArray(value)) {
      const names: Record<string, string> = { ...this.data.speakerNames, ...Object.fromEntries(this.data.current.speakers.map((s) => [s.id, s.name])) };
      return value.map((id: string) => names[id] ?? '?').join(', ');
    }
    if (Array.isArray(value)) return value.join(', ');
    return String(value);
  }
}

export type { StaleChoice };
