import type { Translated } from '@samverkan/shared/ui';
import type { a11ySv } from './a11y-sv';
import type { privacySv } from './privacy-sv';
import type { appSv } from './sv';
import type { startSv } from './start-sv';

/** The app's own texts: shell, start page, accessibility statement, privacy notice, 404. English: loaded when someone switches language. */
export const appEn: Translated<typeof appSv & typeof startSv & typeof a11ySv & typeof privacySv> = {
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
    privacy: 'Personal data',
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
    formIntro: 'Fill in the form and your e-mail program opens with a ready message. Nothing is sent until you send the message yourself.',
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
  privacy: {
    title: 'Personal data',
    heading: 'How we handle your personal data',
    intro:
      'Svenska Industrikommuner runs Samverkan and is the controller of the personal data given here. We collect only what is needed to hold the association’s conferences and the working committee’s work, and we remove the data when it is no longer needed.',
    registrationHeading: 'When you register for a conference',
    registrationWhat:
      'We keep your name, e-mail address, organisation and its type, any job title, your language, whether you want to be on the attendee list, and the programme sessions you sign up for.',
    registrationNeeds:
      'Dietary and accessibility needs are optional. They may say something about your health, so only the working committee and the administrators see them; they are used only to arrange the conference and are removed with the rest of the registration.',
    registrationWhy:
      'We use the data to hold the conference you registered for: places and the waiting list, the attendee list and name badges, food and adjustments, and e-mails about the conference and changes to its programme. The legal basis is that you asked to take part (contract) and, for your needs, your explicit consent.',
    registrationShared:
      'Other participants see your name and organisation only if you chose to be on the attendee list. The association’s statistics on the kinds of organisations taking part are counted without names.',
    staffHeading: 'When you have an account',
    staffWhat:
      'Members of the programme council and the working committee and the administrators have accounts with name, e-mail address, organisation and role. We keep a record of who did what in proposals, meetings, minutes and programmes (a log), as the association’s decisions must be traceable, and failed log-in attempts for a short time to protect the accounts.',
    retentionHeading: 'How long we keep the data',
    retentionRegistration:
      'A registration is anonymised some time after the conference, normally 90 days after it ended: name, e-mail, needs and choices are removed, and only counts and organisation types remain for the statistics.',
    retentionStaff:
      'An account stays as long as the person has a role in the association. Minutes and decisions are kept as long as the association needs them as records.',
    browserHeading: 'In your browser',
    browser:
      'Samverkan keeps only what the service needs to work: your language and, if you log in, your session. We use no cookies or tools for tracking, statistics or advertising, and the pages load nothing from other websites.',
    rightsHeading: 'Your rights',
    rights:
      'You have the right to know what data we hold about you, to have wrong data corrected, to have the data erased and to object to its use. The link in the confirmation e-mail of your registration lets you see and change your data, download it and erase it yourself at any time.',
    complaint:
      'If you think we handle your data wrongly, please contact us; you always have the right to complain to the Swedish Authority for Privacy Protection (IMY).',
    contactHeading: 'Contact',
    contact: 'Questions about your personal data are answered by the association’s office:',
    updated: 'This information was updated on 27 November 2026.',
  },
};
