import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { CONFERENCE_STATUSES, type ConferenceStatus } from '@samverkan/conferences/contract';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { map } from 'rxjs';
import { conferenceDates, localizedTitle } from '../conference-view';
import { ConferencesApi } from '../conferences-api';

/** Staff: every conference, whatever its status, with links to edit it and to its attendees. */
@Component({
  selector: 'sv-staff-conference-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    MatAnchor,
    MatIcon,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    TranslatePipe,
    ErrorMessage,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page">
      <div class="sv-page__header">
        <h1>{{ 'conferenceAdmin.heading' | translate }}</h1>
        <a mat-flat-button routerLink="/arbetsutskottet/konferenser/ny">
          <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">add</mat-icon>
          {{ 'conferenceAdmin.create' | translate }}
        </a>
      </div>
      <p>{{ 'conferenceAdmin.intro' | translate }}</p>

      <form class="sv-filters" [formGroup]="filterForm" (submit)="$event.preventDefault()">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'conferenceAdmin.status' | translate }}</mat-label>
          <mat-select formControlName="status">
            <mat-option value="">{{ 'common.all' | translate }}</mat-option>
            @for (status of statuses; track status) {
              <mat-option [value]="status">{{ 'conferenceStatus.' + status | translate }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </form>

      @if (conferences.isLoading()) {
        <sv-loading-indicator label="conferences.loading" />
      }
      @if (errorMessage(); as message) {
        <sv-error-message [message]="message" [retryable]="true" (retry)="conferences.reload()" />
      } @else if (conferences.hasValue()) {
        @if (rows().length === 0) {
          <p class="sv-empty">{{ 'conferenceAdmin.empty' | translate }}</p>
        } @else {
          <div class="sv-table-scroll" role="region" [attr.aria-label]="'conferenceAdmin.tableLabel' | translate" tabindex="0">
            <table mat-table [dataSource]="rows()">
              <caption class="cdk-visually-hidden">
                {{
                  'conferenceAdmin.tableLabel' | translate
                }}
              </caption>
              <ng-container matColumnDef="title">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'conferenceAdmin.titleColumn' | translate }}</th>
                <td mat-cell *matCellDef="let row">
                  <a [routerLink]="['/arbetsutskottet/konferenser', row.id]">{{ row.title }}</a>
                </td>
              </ng-container>
              <ng-container matColumnDef="dates">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'conferences.when' | translate }}</th>
                <td mat-cell *matCellDef="let row">{{ row.dates }}</td>
              </ng-container>
              <ng-container matColumnDef="status">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'conferenceAdmin.status' | translate }}</th>
                <td mat-cell *matCellDef="let row">{{ 'conferenceStatus.' + row.status | translate }}</td>
              </ng-container>
              <ng-container matColumnDef="seats">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'conferenceAdmin.seatsColumn' | translate }}</th>
                <td mat-cell *matCellDef="let row">{{ row.confirmedCount }} / {{ row.capacity }}</td>
              </ng-container>
              <ng-container matColumnDef="actions">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'conferenceAdmin.actions' | translate }}</th>
                <td mat-cell *matCellDef="let row">
                  <a [routerLink]="['/arbetsutskottet/konferenser', row.id, 'deltagare']">
                    {{ 'conferenceAdmin.attendees' | translate }}<span class="cdk-visually-hidden">: {{ row.title }}</span>
                  </a>
                  ·
                  <a [routerLink]="['/arbetsutskottet/konferenser', row.id, 'program']">
                    {{ 'conferenceAdmin.programme' | translate }}<span class="cdk-visually-hidden">: {{ row.title }}</span>
                  </a>
                </td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="columns"></tr>
              <tr mat-row *matRowDef="let row; columns: columns"></tr>
            </table>
          </div>
        }
      }
    </div>
  `,
})
export class StaffConferenceListPage {
  private readonly api = inject(ConferencesApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  protected readonly statuses = CONFERENCE_STATUSES;
  protected readonly columns = ['title', 'dates', 'status', 'seats', 'actions'];
  protected readonly filterForm = inject(NonNullableFormBuilder).group({ status: ['' as ConferenceStatus | ''] });
  private readonly status = toSignal(this.filterForm.controls.status.valueChanges.pipe(map((status) => status || undefined)), {
    initialValue: undefined,
  });

  protected readonly conferences = rxResource({
    params: () => ({ status: this.status() }),
    stream: ({ params }) => this.api.list({ when: 'all', status: params.status }),
  });
  protected readonly rows = computed(() => {
    if (!this.conferences.hasValue()) return [];
    const language = this.language.current();
    return this.conferences.value().map((conference) => ({
      id: conference.id,
      title: localizedTitle(conference, language),
      dates: conferenceDates(conference, language),
      status: conference.status,
      confirmedCount: conference.confirmedCount,
      capacity: conference.capacity,
    }));
  });
  protected readonly errorMessage = computed(() => {
    const error = this.conferences.error();
    return error ? errorText(error, this.translate) : null;
  });
}
