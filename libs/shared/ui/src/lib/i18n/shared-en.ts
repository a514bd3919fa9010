import type { Translated } from './dictionary';
import type { calendarLinksSv } from '../calendar/calendar-links-sv';
import type { validationSv } from '../forms/validation-sv';
import type { sharedSv } from './shared-sv';

/** Texts every domain shares: common actions, error and validation messages, language names. English: loaded when someone switches language. */
export const sharedEn: Translated<typeof sharedSv & typeof calendarLinksSv & typeof validationSv> = {
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
    back: 'Back',
    confirm: 'Confirm',
  },
  calendarLinks: {
    heading: 'To your calendar',
    hint: 'A subscription shows the programme in your calendar and updates by itself when something changes. A downloaded file does not update.',
    download: 'Download (.ics)',
    copy: 'Copy subscription link',
    copied: 'The link is copied. Paste it where your calendar adds calendars from the web.',
    copyFailed: 'Copying did not work. Select and copy the link:',
    google: 'Google Calendar',
    outlookWork: 'Outlook (work or school)',
    outlookPersonal: 'Outlook.com',
    newWindow: '(opens in a new window)',
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
    min: 'Enter at least {{min}}.',
    max: 'Enter at most {{max}}.',
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
      min: 'The value is too small.',
      max: 'The value is too large.',
      isInt: 'Enter a whole number.',
      arrayMinSize: 'Choose at least one option.',
      unknown: 'The selected item does not exist.',
      alreadyRegistered:
        'This e-mail address is already registered. Use the link in the confirmation e-mail to see or change the registration.',
      beforeStart: 'The end must come after the start.',
      beforeOpen: 'Registration must close after it opens.',
      afterEnd: 'Registration must close before the conference ends.',
      belowConfirmed: 'More people than that already have a seat.',
      outOfRange: 'That position is not on the waiting list.',
    },
  },
};
