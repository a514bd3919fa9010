import type { Translated } from '@samverkan/shared/ui/startup';
import type { texts as sv } from './privacy.sv';

export const texts: Translated<typeof sv> = {
  privacy: {
    title: 'Personal data',
    heading: 'How we handle your personal data',
    intro:
      'Svenska Industrikommuner runs Samverkan and is the controller of the personal data given here. We collect only what is needed for the association’s conferences and the working committee’s work, and we remove the data when it is no longer needed.',
    registration: {
      heading: 'When you register for a conference',
      what: 'We keep your name, e-mail address, organisation and its type, any job title, your language, whether you want to be on the attendee list, and the programme items you sign up for.',
      why: 'We process the data to hold the conference you registered for: seats and the waiting list, the attendee list and name badges, and e-mail about the conference and changes to the programme. The legal basis is the agreement about your participation (Article 6(1)(b) GDPR). So you do not consent to this; when you register you confirm that you have read this information.',
      needs:
        'Dietary and accessibility needs can say something about your health and are sensitive personal data. We process them only if you have explicitly consented (Article 9(2)(a)), only to arrange food and accessibility, and only the working committee and administrators see them. Consent is optional. You can withdraw it at any time through the link in the confirmation; we then remove the data at once.',
      shared:
        'Other participants see your name and organisation only if you chose to be on the attendee list. The association’s statistics on which kinds of organisations take part are counted without names.',
    },
    speakers: {
      heading: 'If someone else proposes you as a speaker',
      text: 'Members of the programme council can propose speakers. We then keep what they write about you: name, organisation and what you are proposed to speak about. We process this to plan the conferences’ programmes, based on the association’s legitimate interest in a good programme (Article 6(1)(f)). The data comes from the member who made the proposal. If you are asked to speak, you get this information at the latest then, and you can object to the processing at any time. Proposals that are not accepted are deleted at the latest two years after the decision.',
    },
    staff: {
      heading: 'When you have an account',
      what: 'Members of the programme council and the working committee and the administrators have accounts with name, e-mail address, organisation and role. The legal basis is the association’s legitimate interest in doing its work (Article 6(1)(f)).',
      logs: 'We keep who did what in proposals, meetings, minutes and programmes (a log), because the association’s decisions must be traceable, and login attempts to protect the accounts. The legal basis is the association’s legitimate interest in traceability and security (Article 6(1)(f)).',
    },
    recipients: {
      heading: 'Who receives the data',
      text: 'The data is processed by the working committee and the administrators. The company that runs the server Samverkan runs on and the company that delivers our e-mail are processors: they may process the data only on our instructions and under an agreement with us. We do not sell the data or disclose it to others unless the law requires it.',
      transfers: 'We do not transfer the data to countries outside the EU and the EEA.',
    },
    retention: {
      heading: 'How long we keep the data',
      registration:
        'A registration is anonymised 90 days after the conference has ended: name, e-mail, needs and choices are removed, and only counts and organisation type remain for the statistics.',
      mail: 'Copies of e-mails Samverkan has sent are kept for 90 days after sending; the links in them are removed as soon as the message has been sent.',
      logs: 'Login attempts are kept for 24 hours. The log of who did what is kept as long as the proposal, meeting or programme it belongs to.',
      staff:
        'An account stays as long as the person has a role in the association and is deleted at the latest one year after the role has ended. Minutes and decisions are kept as long as the association needs them as records.',
    },
    browser: {
      heading: 'Cookies and storage in your browser',
      text: 'Samverkan sets a single cookie, lang, which remembers whether you chose Swedish or English. It is necessary to show the pages in your language, is kept for one year and is used for nothing else. If you log in, the login is kept in the browser until you close the tab or log out. We use no cookies or tools for tracking, statistics or advertising, and the pages load nothing from other websites.',
    },
    rights: {
      heading: 'Your rights',
      text: 'You have the right to know which data we hold about you, to have wrong data corrected, to have the data erased, to ask us to restrict the processing, to get your data in a machine-readable format (data portability) and to object to processing based on our legitimate interest. You can always withdraw a consent.',
      manage:
        'The link in the confirmation of your registration lets you see and change your data at any time, download it (as a JSON file) and erase it yourself. For anything else, write to us; we answer within one month.',
      complaint:
        'If you think we handle your data wrongly, please contact us. You also have the right to lodge a complaint with the Swedish Authority for Privacy Protection (IMY).',
      complaintLink: 'Lodge a complaint with IMY (in Swedish)',
    },
    contactHeading: 'Contact',
    contact: 'Questions about your personal data are answered by the association’s office:',
    updated: 'This information was updated on 5 December 2026.',
  },
};
