import type { Translated } from './dictionary';
import type { sharedSv } from './shared-sv';

/** Texts every domain shares: common actions, error and validation messages, language names. English: loaded when someone switches language. */
export const sharedEn: Translated<typeof sharedSv> = {
  app: {
    name: 'Samverkan',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    close: 'Close',
    create: 'Create',
    edit: 'Edit',
    yes: 'Yes',
    no: 'No',
    none: 'None',
    all: 'All',
  },
  language: {
    sv: 'Svenska',
    en: 'English',
  },
  errors: {
    network: 'Could not reach the server. Check your connection and try again.',
    unexpected: 'Something went wrong. Please try again in a moment.',
    tooManyAttempts: 'Too many attempts. Wait a while and then try again.',
    forbidden: 'You are not allowed to do this.',
  },
  validation: {
    required: 'This field is required.',
    email: 'Enter a valid e-mail address, for example name@municipality.se.',
    minLength: 'Enter at least {{min}} characters.',
    maxLength: 'Enter at most {{max}} characters.',
    invalid: 'The value is not valid.',
    server: {
      taken: 'This value is already in use.',
      invalid: 'The value is not valid.',
      required: 'This field is required.',
      isNotEmpty: 'This field is required.',
      isEmail: 'Enter a valid e-mail address.',
      minLength: 'The value is too short.',
      maxLength: 'The value is too long.',
      isIn: 'Choose one of the options.',
      isEnum: 'Choose one of the options.',
      notFound: 'The selected item no longer exists.',
      wrong: 'The value is not correct.',
    },
  },
};
