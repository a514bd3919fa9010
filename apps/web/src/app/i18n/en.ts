import type { Translated } from '@samverkan/shared/ui';
import type { a11ySv } from './a11y-sv';
import type { appSv } from './sv';
import type { startSv } from './start-sv';

/** The app's own texts: shell, start page, accessibility statement, 404. English: loaded when someone switches language. */
export const appEn: Translated<typeof appSv & typeof startSv & typeof a11ySv> = {
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
    meetings: 'Meetings',
    programmes: 'Conference programmes',
    actionItems: 'Action items',
    coverage: 'Focus-area coverage',
  },
  footer: {
    accessibility: 'Accessibility statement',
    owner: 'Svenska Industrikommuner',
  },
  start: {
    title: 'Home',
    lead: "Samverkan is Svenska Industrikommuner's tool for its conference work: this is where the association's conferences are prepared, from the first proposal to the finished programme.",
    about:
      "Svenska Industrikommuner is an association of industrial municipalities across Sweden. The association's strategy names six focus areas, and the work in Samverkan connects to them: the programme council proposes themes and speakers, the working committee decides and publishes the programme, and participants register and take the programme into their calendar.",
    focusAreasHeading: "The strategy's six focus areas",
    readMore: 'Read more about the focus areas',
    staffHeading: 'For the programme council, the working committee and administrators',
    staffText: 'Log in with your account to reach your home page.',
    staffTextSignedIn: 'You are logged in as {{name}}.',
    goHome: 'Go to your home page',
    conferencesHeading: 'Upcoming conferences',
    conferencesText: "Register for the association's conferences here. You need no account.",
    allConferences: 'All conferences',
  },
  a11y: {
    title: 'Accessibility',
    heading: 'Accessibility statement for Samverkan',
    intro:
      'Svenska Industrikommuner is responsible for Samverkan. We want as many people as possible to be able to use it. This statement describes how Samverkan complies with the Swedish Act on accessibility to digital public services, which problems we know of, and how you can report problems to us so that we can fix them.',
    scopeHeading: 'What this statement covers',
    scope:
      'This statement covers the web service Samverkan: the public pages (the home page, the conferences with registration and managing a registration, the focus areas and this page) and the pages the programme council, the working committee and administrators reach after logging in.',
    statusHeading: 'How accessible is Samverkan?',
    status:
      'We aim for Samverkan to meet WCAG 2.1 level AA. Samverkan is partially compliant with the Act on accessibility to digital public services, because of the problems described below.',
    testingHeading: 'How we tested Samverkan',
    testing:
      'We test Samverkan continuously during development. Automated browser tests go through the pages, also with dialogs open, and check them with the axe tool against WCAG 2.1 levels A and AA. In addition we check by hand that everything can be used with the keyboard alone, that focus is visible and goes to the right place, and that the pages work at widths down to 360 pixels.',
    updated: 'This statement was prepared on 27 November 2026 and applies to the version of Samverkan in service then.',
    limitationsHeading: 'Known problems',
    limitation1:
      'Error messages that come from the server are in Swedish. When you use Samverkan in English, such messages may therefore appear in Swedish (WCAG 3.1.2).',
    limitation2:
      'The tables of users and organisations need horizontal scrolling on narrow screens. They cannot be turned into a single column without losing the link between headers and cells.',
    limitation3:
      "The icons are a font. If the font cannot be loaded, the icon's name is shown instead; every button still has a text or an accessible name.",
    reportHeading: 'Report a problem',
    report:
      'If you find a problem that is not described here, or think that we do not meet the requirements of the law, please let us know. You can also ask us for content in another format. Write to',
    formHeading: 'Write to us',
    formIntro:
      'Fill in the form and your e-mail program opens with a ready message. Nothing is sent until you send the message yourself.',
    formDescription: 'Describe the problem',
    formPage: 'Page or function where the problem is (optional)',
    formEmail: 'Your e-mail address, if you want a reply (optional)',
    formSubmit: 'Create e-mail message',
    formOpened: 'Your e-mail program has been opened with the message. If nothing happened, write directly to {{email}}.',
    mailSubject: 'Accessibility problem in Samverkan',
    mailDescription: 'Problem',
    mailPage: 'Page or function',
    mailReplyTo: 'Reply to',
    enforcementHeading: 'Enforcement',
    enforcement:
      'The Agency for Digital Government (DIGG, Myndigheten för digital förvaltning) supervises the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact DIGG and tell them.',
    enforcementLink: 'Report problems with digital public services to DIGG',
  },
  notFound: {
    title: 'Page not found',
    heading: 'Page not found',
    text: 'We found no page at this address. It may have moved, or the address may be misspelt.',
    home: 'Go to the home page',
  },
};
