import { ChangeDetectionStrategy, Component, effect, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** A check-in code as the image a phone camera reads (an SVG data URL; qrcode loads with the first one). */
export async function qrDataUrl(code: string): Promise<string> {
  const { toString } = await import('qrcode');
  const svg = await toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}

/** The person's QR code for the door, with the code as text (a scanner at the door can also take it typed). */
@Component({
  selector: 'sv-check-in-qr',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="sv-check-in" aria-labelledby="check-in-heading">
      <h2 id="check-in-heading">{{ 'manage.checkInHeading' | translate }}</h2>
      <p>{{ 'manage.checkInText' | translate }}</p>
      @if (image(); as src) {
        <img class="sv-check-in__qr" [src]="src" width="240" height="240" [alt]="'manage.checkInAlt' | translate" />
      }
      <p>
        {{ 'manage.checkInCode' | translate }}<br />
        <code class="sv-check-in__code">{{ code() }}</code>
      </p>
    </section>
  `,
  styles: `
    .sv-check-in__qr {
      display: block;
      background: #fff;
      max-width: 100%;
      height: auto;
    }
    .sv-check-in__code {
      overflow-wrap: anywhere;
      font-size: 0.95rem;
    }
  `,
})
export class CheckInQr {
  readonly code = input.required<string>();
  protected readonly image = signal<string | null>(null);

  constructor() {
    effect(() => {
      const code = this.code();
      void qrDataUrl(code).then((url) => {
        if (this.code() === code) this.image.set(url);
      });
    });
  }
}
