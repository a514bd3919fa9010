import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  InjectionToken,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource, takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CheckInResponse, CheckInSearchHit, CheckInSummaryResponse } from '@samverkan/attendance/contract';
import { localizedTitle } from '@samverkan/conferences/feature';
import { LanguageService, errorText } from '@samverkan/shared/ui';
import { EMPTY, Subject, catchError, debounceTime, distinctUntilChanged, map, merge, of, startWith, switchMap, timer } from 'rxjs';
import { AttendanceApi } from '../attendance-api';
import { countMessage, hitState, resultHeadline, type Message } from './check-in-view';
import { startQrCamera, type QrCamera } from './qr-camera';
import { ScanGate, cameraProblem, type CameraProblem } from './scan-gate';

/** How often the live count is asked for while the page is open (milliseconds). */
export const SUMMARY_POLL_MS = new InjectionToken<number>('SUMMARY_POLL_MS', { factory: () => 5000 });

type CameraState = 'off' | 'starting' | 'on';
type SearchState = { q: string; loading: boolean; items: CheckInSearchHit[] } | null;

/**
 * Staff at the conference door (`attendance.check-in`), on a phone: scan the QR code with the camera,
 * type the code (a handheld scanner types it and presses Enter), or find the person by name. The card
 * shows who it is, their needs (with consent), "already checked in at … by …" or why not; the count of
 * checked-in people refreshes every few seconds and after each check-in.
 */
@Component({
  selector: 'sv-check-in-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatInput, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './check-in-page.html',
  styleUrl: './check-in-page.scss',
})
export class CheckInPage {
  private readonly api = inject(AttendanceApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);

  /** The conference id, bound from the route. */
  readonly id = input.required<string>();

  private readonly video = viewChild<ElementRef<HTMLVideoElement>>('video');
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');
  private readonly searchInput = viewChild<ElementRef<HTMLInputElement>>('searchInput');

  protected readonly conference = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.conference(params) });
  protected readonly title = computed(() =>
    this.conference.hasValue() ? localizedTitle(this.conference.value(), this.language.current()) : null,
  );

  protected readonly codeForm = new FormGroup({ code: new FormControl('', { nonNullable: true }) });
  protected readonly query = new FormControl('', { nonNullable: true });

  protected readonly busy = signal(false);
  protected readonly result = signal<CheckInResponse | null>(null);
  protected readonly refusal = signal<string | null>(null);
  protected readonly notice = signal<Message | null>(null);
  protected readonly summary = signal<CheckInSummaryResponse | null>(null);
  protected readonly search = signal<SearchState>(null);
  protected readonly cameraState = signal<CameraState>('off');
  protected readonly cameraIssue = signal<CameraProblem | null>(null);

  protected readonly count = computed(() => countMessage(this.summary()));
  protected readonly headline = computed(() => {
    const result = this.result();
    return result ? resultHeadline(result, this.language.current()) : null;
  });

  private readonly refreshSummary = new Subject<void>();
  private readonly gate = new ScanGate();
  private camera: QrCamera | null = null;

  constructor() {
    // The live count: now, every few seconds, and after each check-in or undo.
    const pollMs = inject(SUMMARY_POLL_MS);
    toObservable(this.id)
      .pipe(
        switchMap((id) =>
          merge(timer(0, pollMs), this.refreshSummary).pipe(
            switchMap(() => this.api.summary(id).pipe(catchError(() => EMPTY))),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((summary) => this.summary.set(summary));

    this.query.valueChanges
      .pipe(
        map((q) => q.trim()),
        debounceTime(300),
        distinctUntilChanged(),
        switchMap((q) => {
          if (q.length < 2) return of(null);
          return this.api.search(this.id(), q).pipe(
            map((page): SearchState => ({ q, loading: false, items: page.items })),
            catchError((error: unknown) => {
              this.refusal.set(errorText(error, this.translate));
              return of(null);
            }),
            startWith<SearchState>({ q, loading: true, items: [] }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.search.set(state));

    inject(DestroyRef).onDestroy(() => this.stopCamera());
  }

  protected hitMessage(hit: CheckInSearchHit): Message {
    return hitState(hit, this.language.current());
  }

  protected checkInByCode(): void {
    const code = this.codeForm.controls.code.value.trim();
    if (!code || this.busy()) return;
    this.codeForm.reset();
    this.submit(this.api.checkInByCode(this.id(), code), () => this.codeInput()?.nativeElement.focus());
  }

  protected checkInHit(hit: CheckInSearchHit): void {
    if (this.busy()) return;
    this.submit(this.api.checkInByRegistration(this.id(), hit.registrationId));
  }

  protected undo(result: CheckInResponse): void {
    this.busy.set(true);
    const name = `${result.firstName} ${result.lastName}`;
    this.api.undo(this.id(), result.registrationId).subscribe({
      next: (answer) => {
        this.busy.set(false);
        this.result.set(null);
        this.notice.set({ key: answer.undone ? 'checkIn.result.undone' : 'checkIn.result.notUndone', params: { name } });
        this.markHit(result.registrationId, null);
        this.refreshSummary.next();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.refusal.set(errorText(error, this.translate));
      },
    });
  }

  protected async toggleCamera(): Promise<void> {
    if (this.cameraState() !== 'off') {
      this.stopCamera();
      return;
    }
    const video = this.video()?.nativeElement;
    if (!video) return;
    this.cameraIssue.set(null);
    this.cameraState.set('starting');
    try {
      const view = this.document.defaultView;
      if (!view?.navigator.mediaDevices?.getUserMedia) throw Object.assign(new Error('no camera API'), { name: 'NotSupportedError' });
      this.camera = await startQrCamera(video, (text) => this.scanned(text), view);
      this.cameraState.set('on');
    } catch (error) {
      this.camera = null;
      this.cameraState.set('off');
      this.cameraIssue.set(cameraProblem(error));
      // Without the camera the name search is the way in.
      this.searchInput()?.nativeElement.focus();
    }
  }

  private scanned(text: string): void {
    const code = this.gate.accept(text, Date.now());
    if (code && !this.busy()) this.submit(this.api.checkInByCode(this.id(), code));
  }

  private stopCamera(): void {
    this.camera?.stop();
    this.camera = null;
    this.cameraState.set('off');
  }

  private submit(request: ReturnType<AttendanceApi['checkInByCode']>, after?: () => void): void {
    this.busy.set(true);
    this.notice.set(null);
    request.subscribe({
      next: (result) => {
        this.busy.set(false);
        this.refusal.set(null);
        this.result.set(result);
        this.markHit(result.registrationId, result.checkedInAt);
        this.refreshSummary.next();
        after?.();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.result.set(null);
        this.refusal.set(errorText(error, this.translate));
        after?.();
      },
    });
  }

  /** Keeps the search list in step with a check-in or undo made from the card. */
  private markHit(registrationId: string, checkedInAt: string | null): void {
    this.search.update((state) =>
      state ? { ...state, items: state.items.map((hit) => (hit.registrationId === registrationId ? { ...hit, checkedInAt } : hit)) } : state,
    );
  }
}
