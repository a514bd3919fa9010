import type { Translated } from '@samverkan/shared/ui/startup';
import type { texts as sv } from './accessibility.sv';

export const texts: Translated<typeof sv> = {
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
};
