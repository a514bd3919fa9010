import { EVIDENCE_KIND_LABELS } from '@samverkan/strategy/contract';

import type { Translated } from '@samverkan/shared/ui/startup';
import type { texts as sv } from './evidence.sv';

export const texts: Translated<typeof sv> = {
  strategyEvidence: {
    show: 'Show evidence for {{area}}',
    hide: 'Hide evidence for {{area}}',
    heading: 'Evidence from the conferences: {{area}}',
    intro: 'What the conferences since the previous version treated in this area. Choose a position and cite the evidence.',
    since: 'Conferences from {{date}}',
    fromYear: 'From year',
    toYear: 'To year',
    conferences: 'Conferences',
    allConferences: 'All conferences in the period',
    apply: 'Show evidence',
    position: 'Cite for position',
    choosePosition: 'Choose a position first.',
    cite: 'Cite',
    citeLabel: 'Cite {{label}} for the chosen position',
    cited: 'The citation has been added.',
    loading: 'Loading the evidence…',
    empty: 'No evidence in the period for this area.',
    shown:
      'Showing the evidence of {shown, plural, one {# conference} other {# conferences}} of {{total}}, the most recent first ({{entries}} entries in the period).',
    more: 'Show more conferences',
    loadingMore: 'Loading more conferences…',
    minutes: '{{minutes}} min',
    participants: '{count, plural, one {# participant} other {# participants}}',
    wishes: '{count, plural, one {# evaluation answer} other {# evaluation answers}} wished for more of this area',
    kind: EVIDENCE_KIND_LABELS.en,
    type: {
      municipality: 'municipality',
      business: 'business',
      region: 'region',
      'state-agency': 'government agency',
      other: 'other',
    },
    unsupported: 'Not supported by conference work',
    footnotesHeading: 'Citations',
    footnoteRef: 'Citation {{n}}',
    removedEvidence: 'The evidence no longer exists (removed)',
    removeCitation: 'Remove citation {{n}}',
    removed: 'The citation has been removed.',
    suggestionsHeading: 'Suggestions: areas without a position',
    suggestion: '{{area}}: treated at {count, plural, one {# conference} other {# conferences}}, no position',
    noSuggestions: 'Every area that many conferences treated has a position with a citation.',
  },
};
