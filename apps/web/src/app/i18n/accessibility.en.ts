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
      'This statement is based on a self-assessment. We test Samverkan continuously during development. Automated browser tests go through the pages, also with dialogs open, and check them with the axe tool against WCAG 2.1 levels A and AA. In addition we check by hand that everything can be used with the keyboard alone, that focus is visible and goes to the right place, and that the pages work at widths down to 360 pixels.',
    assessed: 'The assessment was made on 27 November 2026.',
    updated: 'This statement was prepared on 27 November 2026 and last updated on 5 December 2026.',
    limitationsHeading: 'Known problems',
    limitation1:
      'Error messages from the server are in Swedish even when you use Samverkan in English, and their language is then not marked (WCAG 3.1.2 Language of Parts). Reason: the server sends Swedish texts only. We are translating them.',
    limitation2:
      'The tables of users and organisations need horizontal scrolling on narrow screens (WCAG 1.4.10 Reflow). Reason: they cannot be turned into a single column without losing the link between headers and cells.',
    limitation3:
      "If the icon font cannot be loaded, the icon's name is shown as text next to the button's text (WCAG 1.1.1 Non-text Content). Reason: the icons are a font. Every button still has a text or an accessible name.",
    burdenHeading: 'Disproportionate burden',
    burden: 'We do not claim the exemption for disproportionate burden for any part of Samverkan.',
    outsideHeading: 'Content outside the scope of the law',
    outside:
      'Calendar files (.ics) and exported files (CSV and Excel) are meant for other programs and have not been assessed as web pages. All other content in Samverkan is covered.',
    reportHeading: 'Report a problem',
    report:
      'If you find a problem that is not described here, or think that we do not meet the requirements of the law, please let us know. You can also ask us for content in another format. We answer within five working days. Write to',
    phone: "You can also call the association's office on {{phone}}, weekdays 9–16.",
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
