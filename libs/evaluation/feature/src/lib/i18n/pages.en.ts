import type { Translated } from '@samverkan/shared/ui/startup';
import type { texts as sv } from './pages.sv';

export const texts: Translated<typeof sv> = {
  evaluation: {
    title: 'Evaluation',
    heading: 'Evaluation',
    loading: 'Loading the evaluation…',
    notFound: 'The link does not work. Check that you copied the whole link from the e-mail.',
    intro: 'Thank you for taking part! The organisers only see a summary of the answers, without names.',
    backToRegistration: 'To your registration',
    changeUntil: 'You can change your answer until {{date}}.',
    savedAt: 'Your answer was saved on {{date}}.',
    state: {
      'not-ended': 'The evaluation opens when the conference has ended, {{date}}. Come back then.',
      closed: 'The evaluation closed on {{date}}. Thank you to everyone who answered!',
      'not-confirmed': 'The evaluation is for those who had a seat at the conference. Your registration is on the waiting list or cancelled.',
      cancelled: 'The conference was cancelled, so it has no evaluation.',
    },
    overall: 'How satisfied are you with the conference as a whole?',
    overallRequired: 'Choose how satisfied you are with the conference as a whole.',
    sessionsHeading: 'Your programme items',
    sessionsHint: 'Answer for the programme items you attended. Skip those you missed.',
    scale: {
      '1': '1 – Very dissatisfied',
      '2': '2 – Fairly dissatisfied',
      '3': '3 – Neither satisfied nor dissatisfied',
      '4': '4 – Fairly satisfied',
      '5': '5 – Very satisfied',
    },
    noAnswer: 'No answer',
    keep: 'What should we keep for the next conference?',
    change: 'What should we change?',
    textHint: 'Do not write personal details about others.',
    focusAreas: 'Which focus areas would you like to see more of at coming conferences?',
    focusAreasHint: 'Choose as many as you like.',
    save: 'Save the answer',
    saving: 'Saving…',
    saved: 'Your answer is saved. Thank you!',
  },
};
