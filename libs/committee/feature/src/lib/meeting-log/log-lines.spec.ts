import type { AuditEntryResponse } from '@samverkan/shared/contract';
import { LOG_ACTIONS, logLine, logLines } from './log-lines';
import { texts as sv } from '../i18n/pages.sv';
import { texts as en } from '../i18n/pages.en';

const entry = (overrides: Partial<AuditEntryResponse>): AuditEntryResponse => ({
  action: 'created',
  actorId: 'u1',
  actorName: 'Ulla Utskott',
  before: null,
  after: null,
  at: '2031-02-10T13:00:00+01:00',
  ...overrides,
});

describe('meeting log lines', () => {
  it('names what happened by a text key, who did it and the item it concerns', () => {
    expect(logLine(entry({ action: 'decision', after: { item: 'Övriga frågor', decisionText: 'x' } }))).toEqual({
      at: '2031-02-10T13:00:00+01:00',
      actor: 'Ulla Utskott',
      key: 'meetingLog.actions.decision',
      action: 'decision',
      detail: 'Övriga frågor',
    });
    expect(logLine(entry({ action: 'item.added', after: { title: 'Lokal' } }))).toMatchObject({
      key: 'meetingLog.actions.item-added',
      detail: 'Lokal',
    });
    expect(logLine(entry({ action: 'item.removed', before: { title: 'Gammal' } }))).toMatchObject({ detail: 'Gammal' });
    expect(logLine(entry({ action: 'minutes.locked', actorName: null }))).toMatchObject({
      key: 'meetingLog.actions.minutes-locked',
      actor: null,
      detail: null,
    });
  });

  it('names the item only for entries about an item', () => {
    expect(logLine(entry({ action: 'created', after: { title: 'AU-möte' } })).detail).toBeNull();
  });

  it('shows an action it has no text for as it is', () => {
    expect(logLine(entry({ action: 'something.new' }))).toMatchObject({ key: null, action: 'something.new' });
  });

  it('puts the newest entry first', () => {
    const lines = logLines([entry({ at: '2031-02-10T13:00:00+01:00' }), entry({ action: 'edited', at: '2031-02-11T09:00:00+01:00' })]);
    expect(lines.map((l) => l.action)).toEqual(['edited', 'created']);
    // Within one second, the API's order (oldest first) reversed.
    const sameSecond = logLines([entry({ action: 'minutes.approved' }), entry({ action: 'minutes.locked' })]);
    expect(sameSecond.map((l) => l.action)).toEqual(['minutes.locked', 'minutes.approved']);
  });

  it('has a Swedish and an English text for every action', () => {
    for (const action of LOG_ACTIONS) {
      const key = action as keyof typeof sv.meetingLog.actions;
      expect(sv.meetingLog.actions[key]).toBeTruthy();
      expect(en.meetingLog.actions[key]).toBeTruthy();
    }
  });
});
