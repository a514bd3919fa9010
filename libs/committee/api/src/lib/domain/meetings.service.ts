import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { audit } from '@samverkan/shared/api-audit';
import type { CreateMeetingDto, UpdateMeetingDto } from '../dto/meeting.dto';
import { checkPeople, lockDraftMeeting } from '../meeting-access';
import { ActionItem, Meeting, MeetingItem, MeetingParticipant } from '../meeting.entity';
import { newAgenda } from '../meeting-rules';

/** Planning a meeting: when and where, who is called and who was there. Each returns the meeting's id. */
@Injectable()
export class MeetingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The chair (the caller unless named) is always called; the agenda starts as `newAgenda` says, its previous minutes the last justerat ones of a meeting that started before. */
  async create(body: CreateMeetingDto, user: AuthenticatedUser): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const chairId = body.chairId ?? user.id;
      const participantIds = [...new Set([...body.participantIds, chairId])];
      await checkPeople(manager, participantIds);
      const meetings = manager.getRepository(Meeting);
      const meeting = await meetings.save(
        meetings.create({
          title: body.title,
          startsAt: new Date(body.startsAt),
          endsAt: body.endsAt ? new Date(body.endsAt) : null,
          place: body.place ?? null,
          videoLink: body.videoLink ?? null,
          chairId,
          minutesStatus: 'draft',
        }),
      );
      await manager
        .getRepository(MeetingParticipant)
        .insert(participantIds.map((userId) => ({ meetingId: meeting.id, userId, present: null })));
      const open = await manager.getRepository(ActionItem).find({ where: { status: 'open' }, order: { createdAt: 'ASC' } });
      const previous = await manager.getRepository(Meeting).findOne({
        select: { id: true },
        where: { minutesStatus: 'locked', startsAt: LessThan(meeting.startsAt) },
        order: { startsAt: 'DESC' },
      });
      await manager
        .getRepository(MeetingItem)
        .insert(
          newAgenda(open, previous?.id ?? null).map((item, position) => ({ ...item, meetingId: meeting.id, position, proposalId: null })),
        );
      await audit(manager, {
        subjectType: 'meeting',
        subjectId: meeting.id,
        action: 'created',
        actorId: user.id,
        after: { title: meeting.title },
      });
      return meeting.id;
    });
  }

  /** Until the minutes are locked; a new participant list keeps the attendance of those who stay, and the chair. */
  async update(id: string, body: UpdateMeetingDto, user: AuthenticatedUser): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      const meeting = await lockDraftMeeting(manager, id);
      const { participantIds, startsAt, endsAt, ...fields } = body;
      if (body.minutesApproverId) await checkPeople(manager, [body.minutesApproverId], 'minutesApproverId');
      if (body.chairId) await checkPeople(manager, [body.chairId], 'chairId');
      await manager.getRepository(Meeting).update(
        { id },
        {
          ...fields,
          ...(startsAt ? { startsAt: new Date(startsAt) } : {}),
          ...(endsAt !== undefined ? { endsAt: endsAt ? new Date(endsAt) : null } : {}),
        },
      );
      if (participantIds) {
        await checkPeople(manager, participantIds);
        const keep = [...new Set([...participantIds, body.chairId ?? meeting.chairId])];
        await manager.query(`DELETE FROM meeting_participants WHERE meeting_id = $1 AND NOT (user_id = ANY($2::uuid[]))`, [id, keep]);
        await manager.query(
          `INSERT INTO meeting_participants (meeting_id, user_id, present) SELECT $1, unnest($2::uuid[]), NULL ON CONFLICT DO NOTHING`,
          [id, keep],
        );
      }
      await audit(manager, {
        subjectType: 'meeting',
        subjectId: id,
        action: 'edited',
        actorId: user.id,
        after: { fields: Object.keys(body) },
      });
    });
    return id;
  }

  /** Who was present: everyone called and not named was absent. */
  async attendance(id: string, presentUserIds: string[], user: AuthenticatedUser): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      await lockDraftMeeting(manager, id);
      await manager.query(`UPDATE meeting_participants SET present = (user_id = ANY($2::uuid[])) WHERE meeting_id = $1`, [
        id,
        presentUserIds,
      ]);
      await audit(manager, {
        subjectType: 'meeting',
        subjectId: id,
        action: 'attendance',
        actorId: user.id,
        after: { present: presentUserIds },
      });
    });
    return id;
  }
}
