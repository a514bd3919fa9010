import type { Translated } from '@samverkan/shared/ui/startup';
import type { texts as sv } from './startup.sv';

export const texts: Translated<typeof sv> = {
  conferences: {
    loading: 'Loading conferences…',
    loadingOne: 'Loading the conference…',
    emptyUpcoming: 'There are no upcoming conferences at the moment.',
    when: 'When',
    where: 'Where',
    themeFocusAreas: 'Focus areas of {{title}}',
    seatsLeft: '{{left}} of {capacity, plural, one {# seat} other {# seats}} left',
    full: 'Fully booked – waiting list',
    opensAt: 'Registration opens {{date}}',
    closed: 'Registration is closed',
    ended: 'The conference has ended',
    cancelled: 'Cancelled',
    draft: 'Draft – not published',
    themes: 'Themes',
    notFoundHeading: 'Conference not found',
    notFoundText: 'There is no published conference at this address. It may have been removed, or the address may be mistyped.',
    allConferences: 'All conferences',
  },
};
