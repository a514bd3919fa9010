import { NonNullableFormBuilder, Validators, type AbstractControl } from '@angular/forms';
import type { OrganisationType } from '@samverkan/identity/contract';
import type { CreateRegistrationRequest, Language } from '@samverkan/registrations/contract';
import { buildInvoiceGroup } from '../fees/invoice-form';

/** The public registration form, typed. The e-mails go out in `language`, which starts as the UI language. */
export function buildRegistrationForm(fb: NonNullableFormBuilder, language: Language) {
  return fb.group({
    firstName: ['', [Validators.required, Validators.maxLength(100)]],
    lastName: ['', [Validators.required, Validators.maxLength(100)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    title: ['', [Validators.maxLength(200)]],
    organisationName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    organisationType: ['' as OrganisationType | '', [Validators.required]],
    healthDataConsent: [false],
    // Enabled only with the consent above (followHealthDataConsent).
    dietaryNeeds: [{ value: '', disabled: true }, [Validators.maxLength(1000)]],
    accessibilityNeeds: [{ value: '', disabled: true }, [Validators.maxLength(1000)]],
    language: [language],
    showOnAttendeeList: [false],
    consent: [false, [Validators.requiredTrue]],
    // Enabled only while a fee applies to the chosen organisation type (FeeSection).
    invoice: buildInvoiceGroup(fb),
  });
}

export type RegistrationForm = ReturnType<typeof buildRegistrationForm>;

/** The form's part about needs: the consent and the two fields it opens. */
export interface NeedsControls {
  healthDataConsent: AbstractControl<boolean>;
  dietaryNeeds: AbstractControl<string>;
  accessibilityNeeds: AbstractControl<string>;
}

/**
 * Keeps the needs fields in step with the consent: enabled while it is given; disabled and emptied
 * when it is not, so nothing about a person's health is sent without it.
 */
export function applyHealthDataConsent(controls: NeedsControls, consent: boolean = controls.healthDataConsent.value): void {
  for (const field of [controls.dietaryNeeds, controls.accessibilityNeeds]) {
    if (consent) {
      field.enable({ emitEvent: false });
    } else {
      field.setValue('', { emitEvent: false });
      field.disable({ emitEvent: false });
    }
  }
}
export type RegistrationFormValue = ReturnType<RegistrationForm['getRawValue']>;

const optional = (value: string): string | null => value.trim() || null;

/**
 * The request for a valid form. The public form cannot look organisations up (that list is for
 * staff only), so it sends the organisation's name and type as typed, never an organisationId.
 */
export function toRegistrationRequest(value: RegistrationFormValue): CreateRegistrationRequest {
  if (!value.consent || !value.organisationType) {
    throw new Error('The form is not valid: consent and organisation type are required.');
  }
  return {
    firstName: value.firstName.trim(),
    lastName: value.lastName.trim(),
    email: value.email.trim(),
    organisationName: value.organisationName.trim(),
    organisationType: value.organisationType,
    title: optional(value.title),
    // Sent only when given: without it the API keeps no needs (its default).
    ...(value.healthDataConsent ? { healthDataConsent: true } : {}),
    dietaryNeeds: value.healthDataConsent ? optional(value.dietaryNeeds) : null,
    accessibilityNeeds: value.healthDataConsent ? optional(value.accessibilityNeeds) : null,
    language: value.language,
    showOnAttendeeList: value.showOnAttendeeList,
    consent: true,
  };
}
