import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ImportResult } from '@samverkan/coverage/contract';
import { ErrorMessage, errorText } from '@samverkan/shared/ui';
import { CoverageApi } from '../coverage-api';

/**
 * The history import: choose a file, dry-run it (every row error with its line), then import. The
 * import button waits for a clean dry run of the chosen file; the server checks again anyway.
 */
@Component({
  selector: 'sv-history-import-page',
  imports: [MatButton, MatIcon, RouterLink, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './history-import-page.html',
  styleUrl: './history-import-page.scss',
})
export class HistoryImportPage {
  private readonly api = inject(CoverageApi);
  private readonly translate = inject(TranslateService);

  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal<'dry-run' | 'import' | null>(null);
  protected readonly result = signal<ImportResult | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly canImport = computed(() => {
    const result = this.result();
    return !!this.file() && !!result && result.dryRun && result.errors.length === 0 && this.busy() === null;
  });
  protected readonly nothingToDo = computed(() => {
    const r = this.result();
    return !!r && [r.conferences, r.sessions, r.participants].every((c) => c.created === 0 && c.updated === 0);
  });

  protected chooseFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.result.set(null);
    this.failure.set(null);
  }

  protected dryRun(): void {
    this.run(true);
  }

  protected importFile(): void {
    this.run(false);
  }

  private run(dryRun: boolean): void {
    const file = this.file();
    if (!file || this.busy()) return;
    this.busy.set(dryRun ? 'dry-run' : 'import');
    this.failure.set(null);
    this.api.importHistory(file, dryRun).subscribe({
      next: (result) => {
        this.busy.set(null);
        this.result.set(result);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        // 422: the file has row errors; the body carries the whole result.
        const body = (error as { error?: { result?: ImportResult } })?.error;
        if (body?.result) this.result.set(body.result);
        else this.failure.set(errorText(error, this.translate));
      },
    });
  }
}
