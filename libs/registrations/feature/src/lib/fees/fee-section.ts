import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { OrganisationType } from '@samverkan/identity/contract';
import { FieldErrorPipe, LanguageService } from '@samverkan/shared/ui';
import { FeesApi } from './fees-api';
import type { InvoiceGroup } from './invoice-form';
import { formatKronor } from './money';

/**
 * The fee part of the registration form: once an organisation type is chosen it asks what that costs;
 * when a fee applies it shows the price with VAT and opens the invoice fields (else they stay
 * disabled, so they are neither validated nor sent).
 */
@Component({
  selector: 'sv-fee-section',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput, TranslatePipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div aria-live="polite">
      @if (fee(); as f) {
        <h2>{{ 'fees.heading' | translate }}</h2>
        <dl class="sv-facts sv-fee">
          <div>
            <dt>{{ 'fees.exVat' | translate }}</dt>
            <dd>{{ f.exVat }}</dd>
          </div>
          <div>
            <dt>{{ 'fees.vat' | translate }}</dt>
            <dd>{{ f.vat }}</dd>
          </div>
          <div>
            <dt>{{ 'fees.total' | translate }}</dt>
            <dd>
              <strong>{{ f.total }}</strong>
            </dd>
          </div>
        </dl>
      }
    </div>
    @if (fee()) {
      <p>{{ 'fees.invoiceIntro' | translate }}</p>
      <div class="sv-invoice" [formGroup]="group()">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'fees.organisationNumber' | translate }}</mat-label>
          <input matInput formControlName="organisationNumber" inputmode="numeric" autocomplete="off" required />
          <mat-hint>{{ 'fees.organisationNumberHint' | translate }}</mat-hint>
          <mat-error>{{
            organisationNumberError()
              ? ('fees.organisationNumberInvalid' | translate)
              : (group().controls.organisationNumber | svFieldError)
          }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'fees.address' | translate }}</mat-label>
          <textarea matInput formControlName="address" rows="3" autocomplete="off" required></textarea>
          <mat-error>{{ group().controls.address | svFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'fees.reference' | translate }}</mat-label>
          <input matInput formControlName="reference" autocomplete="off" required />
          <mat-hint>{{ 'fees.referenceHint' | translate }}</mat-hint>
          <mat-error>{{ group().controls.reference | svFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'fees.peppolId' | translate }}</mat-label>
          <input matInput formControlName="peppolId" autocomplete="off" />
          <mat-hint>{{ 'fees.peppolIdHint' | translate }}</mat-hint>
          <mat-error>{{
            group().controls.peppolId.errors?.['pattern']
              ? ('fees.peppolIdInvalid' | translate)
              : (group().controls.peppolId | svFieldError)
          }}</mat-error>
        </mat-form-field>
      </div>
    }
  `,
  styles: `
    .sv-invoice {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
  `,
})
export class FeeSection {
  private readonly api = inject(FeesApi);
  private readonly language = inject(LanguageService);

  readonly conferenceId = input.required<string>();
  readonly organisationType = input.required<OrganisationType | ''>();
  readonly group = input.required<InvoiceGroup>();

  private readonly quote = rxResource({
    params: () => (this.organisationType() ? { id: this.conferenceId(), type: this.organisationType() as OrganisationType } : undefined),
    stream: ({ params }) => this.api.quote(params.id, params.type),
  });

  /** The fee for the chosen type, formatted; null while nothing is charged (or not yet known). */
  protected readonly fee = computed(() => {
    const quote = this.quote.hasValue() && this.organisationType() ? this.quote.value() : null;
    if (!quote?.feeApplies) return null;
    const language = this.language.current();
    return {
      exVat: formatKronor(quote.exVatOre, language),
      vat: formatKronor(quote.vatOre, language),
      total: formatKronor(quote.totalOre, language),
    };
  });

  protected readonly organisationNumberError = () => {
    const errors = this.group().controls.organisationNumber.errors;
    return (
      !!errors && (!!errors['organisationNumber'] || (errors['server'] as { code?: string } | undefined)?.code === 'isOrganisationNumber')
    );
  };

  constructor() {
    effect(() => {
      const applies = this.fee() !== null;
      const group = this.group();
      untracked(() => (applies ? group.enable() : group.disable()));
    });
  }
}
