import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ActionItemResponse, CommitteePersonResponse, MeetingResponse, MeetingSummaryResponse } from '@samverkan/committee/contract';
import { rolesWith } from '@samverkan/identity/contract';
import { auditTrail, type AuditEntryResponse } from '@samverkan/shared/api-audit';
import { notFound } from '@samverkan/shared/api-http';
import { ActionItem, Meeting, MeetingItem, MeetingParticipant } from '../meeting.entity';
import { isoOrNull, toActionItem, toMeetingItem, toMeetingSummary } from './meeting-views';

/** The committee's reads. Its routes are only for those who manage meetings (`meetings.manage`). */
@Injectable()
export class MeetingQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The people a meeting can call: active people who may manage meetings, in Swedish order (å, ä, ö last) whatever the collation. */
  async people(): Promise<CommitteePersonResponse[]> {
    const rows: CommitteePersonResponse[] = await this.dataSource.query(
      `SELECT u.id, u.name, o.name AS organisation FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id
        WHERE u.active AND u.roles && $1::text[]`,
      [rolesWith('meetings.manage')],
    );
    return rows.sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
  }

  async list(): Promise<MeetingSummaryResponse[]> {
    const meetings = await this.dataSource.getRepository(Meeting).find({ order: { startsAt: 'DESC' } });
    return meetings.map(toMeetingSummary);
  }

  /** A meeting with its participants (by name), its agenda in order, and the action items each decision created. */
  async get(id: string): Promise<MeetingResponse> {
    const meeting = await this.dataSource
      .getRepository(Meeting)
      .findOne({ where: { id }, relations: { chair: true, minutesApprover: true } });
    if (!meeting) throw notFound('committee.meeting-not-found');
    const [participants, items, actions] = await Promise.all([
      this.dataSource.getRepository(MeetingParticipant).find({ where: { meetingId: id }, relations: { user: true } }),
      this.dataSource
        .getRepository(MeetingItem)
        .find({ where: { meetingId: id }, relations: { previousMeeting: true }, order: { position: 'ASC' } }),
      this.dataSource.getRepository(ActionItem).find({ where: { meetingId: id }, relations: { owner: true, focusArea: true } }),
    ]);
    return {
      ...toMeetingSummary(meeting),
      chairId: meeting.chairId,
      chairName: meeting.chair?.name ?? '',
      minutesApproverId: meeting.minutesApproverId,
      minutesApproverName: meeting.minutesApprover?.name ?? null,
      chairApprovedAt: isoOrNull(meeting.chairApprovedAt),
      approverApprovedAt: isoOrNull(meeting.approverApprovedAt),
      lockedAt: isoOrNull(meeting.lockedAt),
      participants: participants
        .map((p) => ({ userId: p.userId, name: p.user?.name ?? '', email: p.user?.email ?? '', present: p.present }))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
      items: items.map((item) => toMeetingItem(item, actions)),
    };
  }

  async auditLog(id: string): Promise<AuditEntryResponse[]> {
    if (!(await this.dataSource.getRepository(Meeting).existsBy({ id }))) throw notFound('committee.meeting-not-found');
    return auditTrail(this.dataSource.manager, 'meeting', id);
  }

  /** Action items by due date, open or closed or both. */
  async actionItems(status?: 'open' | 'closed'): Promise<ActionItemResponse[]> {
    const items = await this.dataSource
      .getRepository(ActionItem)
      .find({ where: status ? { status } : {}, relations: { owner: true, focusArea: true }, order: { dueDate: 'ASC', createdAt: 'ASC' } });
    return items.map(toActionItem);
  }

  async actionItem(id: string): Promise<ActionItemResponse> {
    const item = await this.dataSource.getRepository(ActionItem).findOne({ where: { id }, relations: { owner: true, focusArea: true } });
    if (!item) throw notFound('committee.action-item-not-found');
    return toActionItem(item);
  }
}
