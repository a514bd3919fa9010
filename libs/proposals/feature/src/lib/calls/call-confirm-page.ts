import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { CallsApi } from './calls-api';

/** The mailed link (`/upprop/bekrafta/:token`, rendered in the browser only): confirms the submission and says so. */
@Component({
  selector: 'sv-call-confirm-page',
  imports: [TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'calls.confirmTitle' | translate }}</h1>
    @if (result.isLoading()) {
      <sv-loading-indicator label="calls.confirming" />
    } @else if (failure(); as message) {
      <sv-error-message [message]="message" />
    } @else if (message(); as m) {
      <p role="status" data-confirmed>{{ m.key | translate: m.params }}</p>
    }
  `,
})
export class CallConfirmPage {
  private readonly api = inject(CallsApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly token = input.required<string>();

  protected readonly result = rxResource({ params: () => this.token(), stream: ({ params }) => this.api.confirm(params) });
  protected readonly failure = computed(() => {
    const error = this.result.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly message = computed(() => {
    if (!this.result.hasValue()) return null;
    const r = this.result.value();
    const call = this.language.current() === 'en' ? (r.callTitleEn ?? r.callTitleSv) : r.callTitleSv;
    return { key: r.alreadyConfirmed ? 'calls.alreadyConfirmed' : 'calls.confirmed', params: { title: r.title, call } };
  });
}
