import type { Translated } from '@samverkan/shared/ui/startup';
import type { texts as sv } from './privacy.sv';

export const texts: Translated<typeof sv> = {
  privacy: {
    title: 'Personal data',
    heading: 'How we handle your personal data',
    intro:
      'Svenska Industrikommuner runs Samverkan and is the controller of the personal data given here. We collect only what is needed to hold the association’s conferences and the working committee’s work, and we remove the data when it is no longer needed.',
    registrationHeading: 'When you register for a conference',
    registrationWhat:
      'We keep your name, e-mail address, organisation and its type, any job title, your language, whether you want to be on the attendee list, and the programme items you sign up for.',
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
      'Samverkan keeps only what the service needs to work: your language and, if you log in, that you are logged in. We use no cookies or tools for tracking, statistics or advertising, and the pages load nothing from other websites.',
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
