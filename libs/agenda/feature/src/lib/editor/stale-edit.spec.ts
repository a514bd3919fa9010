import { ApiError } from '@samverkan/shared/ui';
import { anAgendaItem } from '../../testing/fixtures';
import { resolveStale, staleCurrent, staleDifferences } from './stale-edit';

describe('stale edits (409)', () => {
  const current = anAgendaItem({ version: 5, roomId: 'r-2', roomName: 'Lilla salen' });

  it('recognises a stale-version refusal and takes the current item from it', () => {
    const error = new ApiError(409, 'Ändrad av någon annan', { version: 'stale' }, { current });
    expect(staleCurrent(error)).toBe(current);
  });

  it('does not treat other errors as stale', () => {
    expect(staleCurrent(new ApiError(409, 'Dubbelbokad', { roomId: 'taken' }, { current }))).toBeNull();
    expect(staleCurrent(new ApiError(422, 'Ogiltig', { version: 'stale' }, { current }))).toBeNull();
    expect(staleCurrent(new ApiError(409, 'Ändrad', { version: 'stale' }))).toBeNull();
    expect(staleCurrent(new Error('x'))).toBeNull();
  });

  it('"keep mine" re-sends my change based on the current version', () => {
    const mine = { roomId: 'r-3', version: 3 };
    expect(resolveStale('mine', mine, current)).toEqual({ kind: 'resend', body: { roomId: 'r-3', version: 5 } });
    expect(mine.version).toBe(3);
  });

  it('"take theirs" drops my change and keeps the current item', () => {
    expect(resolveStale('theirs', { roomId: 'r-3', version: 3 }, current)).toEqual({ kind: 'accept', item: current });
  });

  it('lists the fields my change touches with both values, without the version', () => {
    expect(staleDifferences({ roomId: 'r-3', titleSv: 'Nytt', version: 3 }, current)).toEqual([
      { field: 'roomId', mine: 'r-3', theirs: 'r-2' },
      { field: 'titleSv', mine: 'Nytt', theirs: current.titleSv },
    ]);
  });
});
