import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { HttpResponse } from '@angular/common/http';
import type { Observable } from 'rxjs';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText, fileNameFrom, saveFile } from '@samverkan/shared/ui';
import { formatDay, stockholmDate } from '@samverkan/shared/util-dates';
import { EngagementApi } from '../engagement-api';
import { countText, summaryYears } from './engagement-view';

type Download = 'members' | 'participation' | 'pdf' | 'xlsx';

/**
 * Members' engagement: every member organisation with its figures, the members not seen for two
 * years, the CSV export and the annual summary's downloads (PDF and XLSX) for a chosen year.
 */
@Component({
  selector: 'sv-members-page',
  imports: [
    FormsModule,
    MatButton,
    MatFormField,
    MatIcon,
    MatLabel,
    MatOption,
    MatSelect,
    RouterLink,
    TranslatePipe,
    ErrorMessage,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './members-page.html',
  styleUrl: './engagement.scss',
})
export class MembersPage {
  private readonly api = inject(EngagementApi);
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(LanguageService).current;

  protected readonly members = rxResource({ stream: () => this.api.members() });
  protected readonly inactive = rxResource({ stream: () => this.api.inactive() });
  protected readonly membersError = computed(() => {
    const error = this.members.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly inactiveError = computed(() => {
    const error = this.inactive.error();
    return error ? errorText(error, this.translate) : null;
  });

  private readonly currentYear = Number(stockholmDate(new Date()).slice(0, 4));
  protected readonly years = summaryYears(this.currentYear);
  protected readonly year = signal(this.currentYear);

  protected readonly downloading = signal<Download | null>(null);
  protected readonly downloadStatus = signal<string | null>(null);
  protected readonly downloadError = signal<string | null>(null);

  protected readonly countText = countText;

  protected day(date: string | null): string {
    return date ? formatDay(date, this.lang()) : this.translate.instant('engagement.never');
  }

  protected downloadCsv(file: 'members' | 'participation'): void {
    this.download(file, this.api.csv(file), file === 'members' ? 'medlemmar.csv' : 'medlemmar-per-konferens.csv');
  }

  protected downloadSummary(format: 'pdf' | 'xlsx'): void {
    const year = this.year();
    this.download(format, this.api.annualSummary(year, format), `arssammanstallning-${year}.${format}`);
  }

  private download(kind: Download, request: Observable<HttpResponse<Blob>>, fallback: string): void {
    if (this.downloading()) return;
    this.downloading.set(kind);
    this.downloadStatus.set(null);
    this.downloadError.set(null);
    request.subscribe({
      next: (response) => {
        this.downloading.set(null);
        const fileName = fileNameFrom(response.headers.get('Content-Disposition'), fallback);
        if (response.body) saveFile(this.document, response.body, fileName);
        this.downloadStatus.set(this.translate.instant('engagement.downloaded', { fileName }));
      },
      error: (error: unknown) => {
        this.downloading.set(null);
        this.downloadError.set(errorText(error, this.translate));
      },
    });
  }
}
