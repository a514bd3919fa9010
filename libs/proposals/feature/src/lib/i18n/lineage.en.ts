import type { Translated } from '@samverkan/shared/ui/startup';
import type { texts as sv } from './lineage.sv';

export const texts: Translated<typeof sv> = {
  proposals: {
    lineage: {
      label: 'Where the themes came from',
      loading: 'Loading where the themes came from…',
      empty: "None of the conference's themes has come from a programme council proposal yet.",
      line: 'Proposed by {{proposer}}, decided at {{meeting}} on {{date}}.',
      lineNoMeeting: 'Proposed by {{proposer}}, decided on {{date}}.',
      linePublic: 'A programme council proposal, decided on {{date}}.',
      origin: 'From an open call: sent by {{name}}, {{organisation}}, on {{date}}.',
      originPublic: 'Came in through an open call on {{date}}.',
    },
  },
};
