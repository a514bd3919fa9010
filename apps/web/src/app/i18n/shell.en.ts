import type { Translated } from '@samverkan/shared/ui/startup';
import type { texts as sv } from './shell.sv';

export const texts: Translated<typeof sv> = {
  shell: {
    skipToContent: 'Skip to main content',
    menu: 'Menu',
    navLabel: 'Main menu',
    switchLanguage: 'Svenska',
    login: 'Log in',
    logout: 'Log out',
    userMenu: 'User menu',
    signedInAs: 'Logged in as {{name}}',
    loggedOut: 'You are logged out.',
  },
  nav: {
    start: 'Home',
    focusAreas: 'Focus areas',
    admin: 'Administration',
    users: 'Users',
    organisations: 'Organisations',
    workingCommittee: 'Working committee',
    programmeCouncil: 'Programme council',
    conferences: 'Conferences',
    manageConferences: 'Manage conferences',
    outbox: 'Outbox',
    proposals: 'Proposals',
    calls: 'Calls for proposals',
    meetings: 'Meetings',
    programmes: 'Conference programmes',
    actionItems: 'Action items',
    coverage: 'Focus-area coverage',
    engagement: "Members' engagement",
  },
  footer: {
    accessibility: 'Accessibility statement',
    privacy: 'Personal data',
    owner: 'Svenska Industrikommuner',
  },
  notFound: {
    title: 'Page not found',
    heading: 'Page not found',
    text: 'We found no page at this address. It may have moved, or the address may be misspelt.',
    home: 'Go to the home page',
  },
};
