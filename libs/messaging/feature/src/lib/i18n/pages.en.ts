import type { Translated } from '@samverkan/shared/ui/startup';
import type { texts as sv } from './pages.sv';

export const texts: Translated<typeof sv> = {
  myMessages: {
    title: 'Messages to you',
    heading: 'Messages to you',
    intro: 'This is what we have sent you about the conference.',
    back: 'Back to your registration',
    loading: 'Loading messages…',
    empty: 'We have not sent you any messages yet.',
    notFound: 'The link does not work. Use the link in the latest e-mail about your registration.',
    sentAt: 'Sent {{at}}',
    notMailed: 'This message was not sent by e-mail, because you had received many e-mails in a short time.',
    kinds: {
      message: 'Message',
      reminder: 'Reminder',
    },
  },
};
