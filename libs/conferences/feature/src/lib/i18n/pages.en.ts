import type { Translated } from '@samverkan/shared/ui/startup';
import type { texts as sv } from './pages.sv';

export const texts: Translated<typeof sv> = {
  conferences: {
    title: 'Conferences',
    detailTitle: 'Conference',
    heading: 'Conferences',
    intro:
      "Svenska Industrikommuner's conferences bring municipalities, business, regions and government agencies together around the strategy's focus areas.",
    upcoming: 'Upcoming conferences',
    past: 'Past conferences',
    emptyPast: 'There are no past conferences.',
    host: 'Host municipality',
    focusAreas: 'Focus areas',
    themeOrigin: 'Proposed by {{proposer}}, decided at {{meeting}} on {{date}}.',
    themeOriginNoMeeting: 'Proposed by {{proposer}}, decided on {{date}}.',
    themeOriginPublic: 'From a programme council proposal, decided on {{date}}.',
    register: 'Register',
    registerGroup: 'Register several people from the same organisation',
    joinWaitlist: 'Join the waiting list',
    fullText: 'All seats are taken. Join the waiting list: when a seat frees up it goes to the first person in line.',
    capacityText: 'The conference has {capacity, plural, one {# seat} other {# seats}}. Seats are given in the order registrations arrive.',
    cancelledBanner: 'The conference is cancelled. Everyone who registered is told by e-mail.',
    draftBanner: 'Draft: the conference is not published and only the working committee and administrators can see it.',
    programme: 'The programme',
    registration: 'Registration',
    manageHint: 'Already registered? Use the link in the confirmation e-mail to change or cancel your registration.',
    about: 'About the conference',
    noThemes: 'Themes will be presented later.',
  },
};
