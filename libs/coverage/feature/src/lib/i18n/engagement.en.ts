import type { Translated } from '@samverkan/shared/ui/startup';
import type { texts as sv } from './engagement.sv';

export const texts: Translated<typeof sv> = {
  engagement: {
    title: "Members' engagement",
    heading: "Members' engagement",
    intro:
      "What the member organisations have gained from the association's conferences and contributed: participants per conference, the focus areas they attended, proposals and call submissions, and how many evaluation answers they gave.",
    loading: 'Loading the members…',
    never: 'Never',
    downloaded: '{{fileName}} has been downloaded.',
    downloads: {
      heading: 'Export and annual summary',
      csv: 'Download the members (CSV)',
      participationCsv: 'Download participants per conference (CSV)',
      summaryHeading: 'Annual summary for the annual meeting',
      summaryIntro:
        "The year's conferences, participants by organisation type, focus-area coverage against the year before, the most wished-for focus areas and the working committee's decisions.",
      year: 'Year of the summary',
      pdf: 'Annual summary {{year}} (PDF)',
      xlsx: 'Annual summary {{year}} (Excel)',
      busy: 'Preparing the file…',
    },
    members: {
      heading: 'Member organisations',
      caption: "The member organisations' engagement",
      empty: 'There are no member organisations in the register.',
      anonymity:
        'Evaluation answers are shown only as counts, and fewer than three are shown as "<3" so that no single person can be identified.',
    },
    columns: {
      name: 'Organisation',
      conferences: 'Conferences',
      participants: 'Participants',
      lastSeen: 'Last at a conference',
      proposals: 'Proposals',
      callSubmissions: 'Call submissions',
      evaluationAnswers: 'Evaluation answers',
    },
    inactive: {
      heading: 'Not seen for two years',
      intro: 'Members that have had no participant at a conference in the last two years.',
      empty: 'Every member has been at a conference in the last two years.',
      lastSeen: 'last on {{date}}',
    },
    member: {
      title: 'Member organisation',
      back: 'All members',
      conferences: 'Participants per conference',
      noConferences: 'The organisation has had no participant at a conference.',
      people: '{count, plural, one {# participant} other {# participants}}',
      focusAreas: 'Focus areas the participants attended',
      focusAreasRule:
        "A participant counts towards the focus areas of the programme items they signed up to, and otherwise towards the conference's focus areas.",
      contributions: 'Proposals and call submissions',
      noContributions: 'No proposals or submissions yet.',
      kind: {
        proposal: 'Proposal',
        'call-submission': 'Call submission',
      },
    },
  },
};
