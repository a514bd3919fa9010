import type { EntityManager } from 'typeorm';
import { notFound } from '@samverkan/shared/api-http';
import type { MinutesSource } from '../minutes/minutes-layout';
import { ActionItem, Meeting, MeetingItem, MeetingParticipant } from '../meeting.entity';

/**
 * What a meeting's minutes say, read through the caller's manager (the justering's transaction sees
 * its own approvals): four queries whatever the length of the agenda.
 */
export async function loadMinutesSource(manager: EntityManager, id: string): Promise<MinutesSource & { meeting: Meeting }> {
  const meeting = await manager.getRepository(Meeting).findOne({ where: { id }, relations: { chair: true, minutesApprover: true } });
  if (!meeting) throw notFound('committee.meeting-not-found');
  // One after the other: a transaction's queries share one connection.
  const participants = await manager.getRepository(MeetingParticipant).find({ where: { meetingId: id }, relations: { user: true } });
  const items = await manager
    .getRepository(MeetingItem)
    .find({ where: { meetingId: id }, relations: { previousMeeting: true }, order: { position: 'ASC' } });
  const actions = await manager
    .getRepository(ActionItem)
    .find({ where: { meetingId: id }, relations: { owner: true }, order: { createdAt: 'ASC' } });
  const byName = (a: string, b: string) => a.localeCompare(b, 'sv');
  const namesWhere = (present: boolean) =>
    participants
      .filter((p) => p.present === present)
      .map((p) => p.user?.name ?? '')
      .sort(byName);
  return {
    meeting,
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    videoLink: meeting.videoLink,
    chairName: meeting.chair?.name ?? '',
    approverName: meeting.minutesApprover?.name ?? null,
    chairApprovedAt: meeting.chairApprovedAt,
    approverApprovedAt: meeting.approverApprovedAt,
    present: namesWhere(true),
    absent: namesWhere(false),
    items: items.map((item) => ({
      kind: item.kind,
      title: item.title,
      decisionText: item.decisionText,
      outcome: item.outcome,
      motivation: item.motivation,
      actionItems: actions
        .filter((a) => a.sourceItemId === item.id)
        .map((a) => ({ title: a.title, ownerName: a.owner?.name ?? '', dueDate: a.dueDate })),
      previousMinutes:
        item.previousMeeting?.lockedAt != null
          ? { title: item.previousMeeting.title, startsAt: item.previousMeeting.startsAt, lockedAt: item.previousMeeting.lockedAt }
          : null,
    })),
  };
}
