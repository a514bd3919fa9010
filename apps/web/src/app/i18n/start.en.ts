import type { Translated } from '@samverkan/shared/ui/startup';
import type { texts as sv } from './start.sv';

export const texts: Translated<typeof sv> = {
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
};
