import { HttpClient, HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DOCUMENT, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { filter } from 'rxjs';
import type { DocumentParentType, DocumentSummary, DocumentUploadedResponse } from '@samverkan/shared/contract';
import { confirmAction } from '../dialogs/confirm-action';
import { saveFile } from '../http/download';
import { errorText } from '../http/error-text';
import { LoadingIndicator } from '../states/loading-indicator';
import { ErrorMessage } from '../states/error-message';
import { documentKind, documentSize } from './document-format';

/**
 * The files attached to one object (a meeting's agenda item, a proposal, a programme item): a list with
 * links that open each file, and for those who may (`canEdit`) an upload with progress and a delete
 * with confirmation. The API decides who may see and change them; this only shows what it answers.
 */
@Component({
  selector: 'sv-documents',
  imports: [TranslatePipe, MatButtonModule, MatProgressBarModule, LoadingIndicator, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown()) {
      <section class="sv-documents" [attr.aria-labelledby]="headingId">
        @if (headingLevel() === 2) {
          <h2 class="sv-documents__heading" [id]="headingId">{{ heading() || ('documents.heading' | translate) }}</h2>
        } @else {
          <h3 class="sv-documents__heading" [id]="headingId">{{ heading() || ('documents.heading' | translate) }}</h3>
        }
        @switch (state()) {
          @case ('loading') {
            <sv-loading-indicator />
          }
          @case ('error') {
            <sv-error-message [message]="'documents.loadFailed' | translate" [retryable]="true" (retry)="load()" />
          }
          @default {
            @if (items().length) {
              <ul class="sv-documents__list">
                @for (item of items(); track item.id) {
                  <li class="sv-documents__item">
                    <a class="sv-documents__link" [href]="fileUrl(item)" (click)="open($event, item)">{{ item.fileName }}</a>
                    <span class="sv-documents__meta"
                      >{{ 'documents.types.' + kind(item) | translate }}, {{ 'documents.size' | translate: size(item) }}</span
                    >
                    @if (canEdit()) {
                      <button
                        mat-button
                        type="button"
                        class="sv-documents__delete"
                        (click)="remove(item)"
                        [attr.aria-label]="'documents.delete' | translate: { name: item.fileName }"
                      >
                        {{ 'documents.confirmDelete' | translate }}
                      </button>
                    }
                  </li>
                }
              </ul>
            } @else {
              <p class="sv-documents__empty">{{ 'documents.empty' | translate }}</p>
            }
          }
        }
        @if (canEdit()) {
          <div class="sv-documents__upload">
            <input
              #picker
              class="sv-documents__input"
              type="file"
              [id]="inputId"
              (change)="upload(picker)"
              [disabled]="progress() !== null"
              [attr.aria-describedby]="hintId"
            />
            <label class="sv-button sv-button--outlined sv-documents__pick" [attr.for]="inputId">{{
              'documents.upload' | translate
            }}</label>
            <p class="sv-documents__hint" [id]="hintId">{{ 'documents.uploadHint' | translate }}</p>
            @if (progress(); as p) {
              <mat-progress-bar mode="determinate" [value]="p.percent" [attr.aria-label]="'documents.uploading' | translate: p" />
            }
          </div>
        }
        <p class="sv-documents__status" role="status" aria-live="polite">
          @if (progress(); as p) {
            {{ 'documents.uploading' | translate: p }}
          } @else if (notice(); as n) {
            {{ n.key | translate: { name: n.name } }}
          }
        </p>
        @if (failure()) {
          <p class="sv-documents__error" role="alert">{{ failure() }}</p>
        }
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
      margin: 16px 0;
    }
    .sv-documents__heading {
      font-size: 1rem;
      margin: 0 0 8px;
    }
    .sv-documents__list {
      list-style: none;
      padding: 0;
      margin: 0 0 8px;
    }
    .sv-documents__item {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      padding: 4px 0;
    }
    .sv-documents__link {
      overflow-wrap: anywhere;
    }
    .sv-documents__meta,
    .sv-documents__hint,
    .sv-documents__empty {
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
    .sv-documents__upload {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
    }
    /* The native input stays focusable for keyboards and screen readers; the label is its visible face. */
    .sv-documents__input {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
    }
    .sv-documents__input:focus-visible + .sv-documents__pick {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    mat-progress-bar {
      flex-basis: 100%;
    }
    .sv-documents__status {
      min-height: 1.5em;
      margin: 4px 0 0;
    }
    .sv-documents__error {
      color: var(--mat-sys-error);
      margin: 4px 0 0;
    }
  `,
})
export class Documents {
  private static next = 0;
  readonly parentType = input.required<DocumentParentType>();
  readonly parentId = input.required<string>();
  /** Upload and delete (the API checks again). */
  readonly canEdit = input(false);
  readonly heading = input('');
  /** 2 where the list is a section of its own page; 3 (default) inside a section. */
  readonly headingLevel = input<2 | 3>(3);
  /** Show nothing while there are no files to show (a public page: no empty section, no loading flash). */
  readonly hideWhenEmpty = input(false);
  /** A secret link token that gives access to the parent (an invited speaker's link); sent with every request. */
  readonly token = input<string>();

  private readonly http = inject(HttpClient);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly id = Documents.next++;
  protected readonly headingId = `sv-documents-heading-${this.id}`;
  protected readonly inputId = `sv-documents-file-${this.id}`;
  protected readonly hintId = `sv-documents-hint-${this.id}`;
  protected readonly state = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly items = signal<DocumentSummary[]>([]);
  protected readonly progress = signal<{ name: string; percent: number } | null>(null);
  protected readonly notice = signal<{ key: string; name: string } | null>(null);
  protected readonly failure = signal('');

  protected readonly shown = computed(
    () => !this.hideWhenEmpty() || this.canEdit() || (this.state() === 'ready' && this.items().length > 0),
  );

  constructor() {
    effect(() => {
      this.parentType();
      this.parentId();
      this.token();
      untracked(() => this.load());
    });
  }

  load(): void {
    this.state.set('loading');
    this.http
      .get<
        DocumentSummary[]
      >('/api/documents', { params: { parentType: this.parentType(), parentId: this.parentId(), ...this.tokenParam() } })
      .subscribe({
        next: (items) => {
          this.items.set(items);
          this.state.set('ready');
        },
        error: () => this.state.set('error'),
      });
  }

  protected fileUrl(item: DocumentSummary): string {
    const token = this.token();
    return `/api/documents/${item.id}` + (token ? `?token=${encodeURIComponent(token)}` : '');
  }

  private tokenParam(): { token?: string } {
    const token = this.token();
    return token ? { token } : {};
  }

  protected kind(item: DocumentSummary): string {
    return documentKind(item.contentType);
  }

  protected size(item: DocumentSummary) {
    return documentSize(item.size, this.translate.getCurrentLang() ?? 'sv');
  }

  /** Fetched with the session (a plain link would go without it), then handed to the browser. */
  protected open(event: Event, item: DocumentSummary): void {
    event.preventDefault();
    this.failure.set('');
    // The name from the list: the header's plain `filename` is the ASCII fallback (å, ä, ö as "?").
    this.http.get(this.fileUrl(item), { responseType: 'blob' }).subscribe({
      next: (blob) => saveFile(this.document, blob, item.fileName),
      error: (error: unknown) => this.failure.set(errorText(error, this.translate)),
    });
  }

  protected upload(picker: HTMLInputElement): void {
    const file = picker.files?.[0];
    if (!file) return;
    this.failure.set('');
    this.notice.set(null);
    // The fields first: the API reads the parent before the file's bytes.
    const form = new FormData();
    form.append('parentType', this.parentType());
    form.append('parentId', this.parentId());
    const token = this.token();
    if (token) form.append('token', token);
    form.append('file', file, file.name);
    this.progress.set({ name: file.name, percent: 0 });
    this.http
      .post<DocumentUploadedResponse>('/api/documents', form, { reportProgress: true, observe: 'events' })
      .pipe(filter((event) => event.type === HttpEventType.UploadProgress || event.type === HttpEventType.Response))
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) {
            this.progress.set({ name: file.name, percent: event.total ? Math.round((100 * event.loaded) / event.total) : 0 });
          } else {
            this.progress.set(null);
            this.notice.set({ key: 'documents.uploaded', name: event.body?.fileName ?? file.name });
            picker.value = '';
            this.load();
          }
        },
        error: (error: unknown) => {
          this.progress.set(null);
          picker.value = '';
          this.failure.set(errorText(error, this.translate));
        },
      });
  }

  protected remove(item: DocumentSummary): void {
    confirmAction(this.dialog, {
      title: 'documents.confirmTitle',
      message: 'documents.confirmMessage',
      params: { name: item.fileName },
      confirmLabel: 'documents.confirmDelete',
      destructive: true,
    })
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.failure.set('');
        this.http.delete(this.fileUrl(item)).subscribe({
          next: () => {
            this.notice.set({ key: 'documents.deleted', name: item.fileName });
            this.items.update((items) => items.filter((i) => i.id !== item.id));
          },
          error: (error: unknown) => this.failure.set(errorText(error, this.translate)),
        });
      });
  }
}
