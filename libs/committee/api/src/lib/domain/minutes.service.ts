import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { audit } from '@samverkan/shared/api-audit';
import { AppError } from '@samverkan/shared/api-http';
import { lockDraftMeeting } from '../meeting-access';
import { Meeting } from '../meeting.entity';
import { approveMinutes } from '../meeting-rules';

/**
 * Justering (`approveMinutes` in meeting-rules.ts): the chair and the minutes checker each approve;
 * when both have, the minutes are locked and nothing about the meeting can change again (a database
 * trigger refuses it too). Returns the meeting's id.
 */
@Injectable()
export class MinutesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async approve(id: string, user: AuthenticatedUser): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      const meeting = await lockDraftMeeting(manager, id);
      const now = new Date();
      const approval = approveMinutes(meeting, user.id, now);
      if ('refused' in approval) throw new AppError(approval.status, approval.refused);
      const { chairApprovedAt, approverApprovedAt, locked } = approval;
      await manager
        .getRepository(Meeting)
        .update({ id }, { chairApprovedAt, approverApprovedAt, ...(locked ? { minutesStatus: 'locked' as const, lockedAt: now } : {}) });
      await audit(manager, {
        subjectType: 'meeting',
        subjectId: id,
        action: locked ? 'minutes.locked' : 'minutes.approved',
        actorId: user.id,
        before: { minutesStatus: 'draft' },
        after: { minutesStatus: locked ? 'locked' : 'draft' },
      });
    });
    return id;
  }
}
