import { Validators, type AbstractControl, type FormGroup, type NonNullableFormBuilder, type ValidationErrors } from '@angular/forms';
import { parseOrganisationNumber, type InvoiceDetails } from '@samverkan/registrations/contract';

/** A Swedish organisation number with a valid check digit; error `organisationNumber`. Empty is left to `required`. */
export function organisationNumberValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value?.trim() ?? '';
  return value === '' || parseOrganisationNumber(value) ? null : { organisationNumber: true };
}

export const PEPPOL_ID = /^\d{4}:[A-Za-z0-9][A-Za-z0-9.:_-]*$/;

/** The invoice details of the registration form; disabled (not validated, not sent) until a fee applies. */
export function buildInvoiceGroup(fb: NonNullableFormBuilder) {
  const group = fb.group({
    organisationNumber: ['', [Validators.required, organisationNumberValidator]],
    address: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(500)]],
    reference: ['', [Validators.required, Validators.maxLength(200)]],
    peppolId: ['', [Validators.maxLength(100), Validators.pattern(PEPPOL_ID)]],
  });
  group.disable();
  return group;
}

export type InvoiceGroup = ReturnType<typeof buildInvoiceGroup>;

/** The request's `invoice` part: only while the group is enabled, i.e. a fee applies. */
export function invoiceRequest(group: FormGroup): { invoice?: InvoiceDetails } {
  if (group.disabled) return {};
  const value = (group as InvoiceGroup).getRawValue();
  return {
    invoice: {
      organisationNumber: value.organisationNumber.trim(),
      address: value.address.trim(),
      reference: value.reference.trim(),
      peppolId: value.peppolId.trim() || null,
    },
  };
}
