import type { Translated } from '@samverkan/shared/ui/startup';
import type { texts as sv } from './directory.sv';

export const texts: Translated<typeof sv> = {
  directory: {
    title: 'Attendee list',
    heading: 'Attendee list',
    back: 'Back to your registration',
    intro: 'Here you see the other participants with a confirmed place who have chosen to be shown on the attendee list. E-mail addresses are not shown.',
    loading: 'Loading the attendee list…',
    count: '{count, plural, one {# participant shown} other {# participants shown}}',
    empty: 'No other participant is shown on the attendee list yet.',
    notFoundHeading: 'The link does not work',
    notFoundText: 'Check that you used the whole link from the confirmation. If you have erased your data, the link no longer works.',
  },
};
