import { Validators, type AbstractControl, type NonNullableFormBuilder, type ValidationErrors } from '@angular/forms';
import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';
import { MAX_FEE_ORE, type ConferenceFeesRequest, type ConferenceFeesResponse } from '@samverkan/registrations/contract';
import { formatTime, fromStockholmWallTime, stockholmDate, toStockholmIso } from '@samverkan/shared/util-dates';
import { kronorInput, parseKronor } from './money';

export const priceKey = (type: OrganisationType, member: boolean) => `${type}-${member ? 'member' : 'other'}`;

/** An amount in kronor with at most two decimals, up to the API's ceiling; error `amount`. */
export function amountValidator(control: AbstractControl<string>): ValidationErrors | null {
  const ore = parseKronor(control.value ?? '');
  return ore === null || ore > MAX_FEE_ORE ? { amount: true } : null;
}

/** The staff's fee form: one price per organisation type × member/non-member, and the late-cancellation rule. */
export function buildFeesForm(fb: NonNullableFormBuilder) {
  const prices = fb.record<string>({});
  for (const type of ORGANISATION_TYPES) {
    for (const member of [false, true]) prices.addControl(priceKey(type, member), fb.control('0', [Validators.required, amountValidator]));
  }
  return fb.group({
    prices,
    lateCancellation: [false],
    invoicedAfterDate: [{ value: '', disabled: true }, Validators.required],
    invoicedAfterTime: [{ value: '', disabled: true }, Validators.required],
    noShowInvoiced: [true],
  });
}

export type FeesForm = ReturnType<typeof buildFeesForm>;

/** Fills the form from the API's answer (times in Stockholm). */
export function fillFeesForm(form: FeesForm, fees: ConferenceFeesResponse): void {
  const prices: Record<string, string> = {};
  for (const price of fees.prices) prices[priceKey(price.organisationType, price.member)] = kronorInput(price.amountOre);
  const after = fees.lateCancellation.invoicedAfter;
  form.reset({
    prices,
    lateCancellation: after !== null,
    invoicedAfterDate: after ? stockholmDate(after) : '',
    invoicedAfterTime: after ? formatTime(after) : '',
    noShowInvoiced: fees.lateCancellation.noShowInvoiced,
  });
  followLateCancellation(form);
}

/** The date and time are asked only when late cancellations are invoiced. */
export function followLateCancellation(form: FeesForm): void {
  for (const control of [form.controls.invoicedAfterDate, form.controls.invoicedAfterTime]) {
    if (form.controls.lateCancellation.value) control.enable({ emitEvent: false });
    else control.disable({ emitEvent: false });
  }
}

/** The request for a valid form: every price in öre, the rule's time as Stockholm wall time with its offset. */
export function toFeesRequest(form: FeesForm): ConferenceFeesRequest {
  const value = form.getRawValue();
  return {
    prices: ORGANISATION_TYPES.flatMap((organisationType) =>
      [false, true].map((member) => ({
        organisationType,
        member,
        amountOre: parseKronor(value.prices[priceKey(organisationType, member)]) ?? 0,
      })),
    ),
    lateCancellation: {
      invoicedAfter: value.lateCancellation
        ? toStockholmIso(fromStockholmWallTime(value.invoicedAfterDate, value.invoicedAfterTime.slice(0, 5)))
        : null,
      noShowInvoiced: value.noShowInvoiced,
    },
  };
}
