import { In, type EntityManager } from 'typeorm';
import { User } from '@samverkan/identity/api';
import { notFound, refused } from '@samverkan/shared/api-http';
import { Meeting } from './meeting.entity';

/** The meeting, locked for a change; 404 when unknown, 422 once its minutes are approved and locked. */
export async function lockDraftMeeting(manager: EntityManager, id: string): Promise<Meeting> {
  const meeting = await manager.getRepository(Meeting).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!meeting) throw notFound('committee.meeting-not-found');
  if (meeting.minutesStatus === 'locked') throw refused('committee.minutes-locked');
  return meeting;
}

/** Every id names a person (422 `committee.unknown-person` on the field otherwise). */
export async function checkPeople(manager: EntityManager, ids: readonly string[], field = 'participantIds'): Promise<void> {
  const unique = [...new Set(ids)];
  if ((await manager.getRepository(User).countBy({ id: In(unique) })) !== unique.length)
    throw refused('committee.unknown-person', { errors: { [field]: 'unknown' } });
}
