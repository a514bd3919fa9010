import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { localizedTitle } from '@samverkan/conferences/feature';
import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';
import { priceWithVat } from '@samverkan/registrations/contract';
import { ErrorMessage, FieldErrorPipe, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { RegistrationsApi } from '../registrations-api';
import { FeesApi } from './fees-api';
import { buildFeesForm, fillFeesForm, followLateCancellation, priceKey, toFeesRequest } from './fees-form';
import { formatKronor, parseKronor } from './money';

/**
 * Staff (`conferences.manage`): a conference's prices per organisation type for members and others,
 * excluding VAT, each shown with what it comes to with VAT; and the late-cancellation rule.
 */
@Component({
  selector: 'sv-fees-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './fees-page.html',
  styleUrl: './fees-page.scss',
})
export class FeesPage {
  private readonly api = inject(FeesApi);
  private readonly registrations = inject(RegistrationsApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  /** The conference id, bound from the route. */
  readonly id = input.required<string>();

  protected readonly types = ORGANISATION_TYPES;
  protected readonly key = priceKey;
  protected readonly form = buildFeesForm(inject(NonNullableFormBuilder));
  protected readonly fees = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.fees(params) });
  protected readonly conference = rxResource({ params: () => this.id(), stream: ({ params }) => this.registrations.conference(params) });
  protected readonly conferenceTitle = computed(() =>
    this.conference.hasValue() ? localizedTitle(this.conference.value(), this.language.current()) : null,
  );
  protected readonly loadError = computed(() => (this.fees.error() ? errorText(this.fees.error(), this.translate) : null));

  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    effect(() => {
      if (this.fees.hasValue()) {
        const fees = this.fees.value();
        untracked(() => fillFeesForm(this.form, fees));
      }
    });
  }

  protected followLateCancellation(): void {
    followLateCancellation(this.form);
  }

  /** "To pay 1 562,50 kr" under a valid, non-zero price. */
  protected withVat(type: OrganisationType, member: boolean): string | null {
    const ore = parseKronor(this.form.controls.prices.controls[priceKey(type, member)].value);
    if (!ore) return null;
    return this.translate.instant('feesAdmin.withVat', { total: formatKronor(priceWithVat(ore).totalOre, this.language.current()) });
  }

  protected label(type: OrganisationType, member: boolean): string {
    return this.translate.instant('feesAdmin.priceLabel', {
      type: this.translate.instant(`organisationTypes.${type}`),
      membership: this.translate.instant(member ? 'feesAdmin.memberShort' : 'feesAdmin.nonMemberShort'),
    });
  }

  protected saveFees(): void {
    if (this.saving()) return;
    this.saved.set(false);
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api.saveFees(this.id(), toFeesRequest(this.form)).subscribe({
      next: (fees) => {
        this.saving.set(false);
        fillFeesForm(this.form, fees);
        this.saved.set(true);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.failure.set(errorText(error, this.translate));
      },
    });
  }
}
