import type { ReminderResponse } from '@samverkan/messaging/contract';
import { NEW_REMINDER, toReminderForm, toReminderInput } from './reminder-form';

const stored: ReminderResponse = {
  id: 'r-1',
  daysBefore: null,
  dueAt: '2027-04-13T18:30:00+02:00',
  textSv: 'Ta med legitimation.',
  textEn: null,
  sentAt: null,
  messageId: null,
};

describe('reminder form', () => {
  it('days before go as they are, English only when written', () => {
    expect(toReminderInput({ ...NEW_REMINDER, daysBefore: 1, textSv: ' Välkommen imorgon ', textEn: ' ' })).toEqual({ daysBefore: 1, textSv: 'Välkommen imorgon' });
  });

  it('a time of its own is Stockholm wall time, sent as an instant (summer and winter)', () => {
    expect(toReminderInput({ ...NEW_REMINDER, mode: 'at', date: '2027-04-13', time: '18:30', textSv: 'x', textEn: 'y' })).toEqual({
      sendAt: '2027-04-13T16:30:00.000Z',
      textSv: 'x',
      textEn: 'y',
    });
    expect(toReminderInput({ ...NEW_REMINDER, mode: 'at', date: '2027-01-13', time: '18:30', textSv: 'x' }).sendAt).toBe('2027-01-13T17:30:00.000Z');
  });

  it('shows a stored time as its Stockholm date and time, and days before as days', () => {
    expect(toReminderForm(stored)).toMatchObject({ mode: 'at', date: '2027-04-13', time: '18:30', textSv: 'Ta med legitimation.', textEn: '' });
    expect(toReminderForm({ ...stored, daysBefore: 7, dueAt: '2027-04-07T09:00:00+02:00' })).toMatchObject({ mode: 'days', daysBefore: 7 });
  });
});
