import type { ThemeLineageResponse } from '@samverkan/conferences/contract';
import type { Role } from '@samverkan/identity/contract';
import { lineageFor } from './lineage-view';

const entry: ThemeLineageResponse = {
  themeId: 't1',
  proposalId: 'p1',
  proposalTitle: 'Energi för industrin',
  proposerName: 'Pelle Programråd',
  meetingId: 'm1',
  meetingTitle: 'AU-möte 1',
  decidedAt: '2031-02-10T15:00:00+01:00',
  origin: null,
};
const fromCall: ThemeLineageResponse = {
  ...entry,
  origin: { submitterName: 'Siv Sökande', organisationName: 'Gnosjö kommun', submittedAt: '2030-11-02T10:00:00+01:00' },
};
const user = (...roles: Role[]) => ({ roles });

describe('lineageFor', () => {
  it('shows those who manage meetings everything', () => {
    expect(lineageFor(entry, user('working-committee'))).toEqual(entry);
    expect(lineageFor(entry, user('admin'))).toEqual(entry);
  });

  it('shows the programme council the proposal and its proposer, not the meeting', () => {
    expect(lineageFor(entry, user('programme-council'))).toEqual({ ...entry, meetingId: null, meetingTitle: null });
  });

  it('shows the public only the theme and the day of the decision', () => {
    const shown = { themeId: 't1', proposalId: null, proposalTitle: null, proposerName: null, meetingId: null, meetingTitle: null };
    expect(lineageFor(entry)).toEqual({ ...shown, decidedAt: entry.decidedAt, origin: null });
    expect(lineageFor(entry, user())).toEqual({ ...shown, decidedAt: entry.decidedAt, origin: null });
  });

  it("shows an open call's submitter to readers of proposals, and to the public only the day it was sent", () => {
    expect(lineageFor(fromCall, user('programme-council')).origin).toEqual(fromCall.origin);
    expect(lineageFor(fromCall).origin).toEqual({ submitterName: null, organisationName: null, submittedAt: '2030-11-02T10:00:00+01:00' });
  });
});
