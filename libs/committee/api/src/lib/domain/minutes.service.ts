import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { audit } from '@samverkan/shared/api-audit';
import { AppError } from '@samverkan/shared/api-http';
import { MailService } from '@samverkan/shared/api-mail';
import { lockDraftMeeting } from '../meeting-access';
import { Meeting } from '../meeting.entity';
import { approveMinutes } from '../meeting-rules';
import { MinutesPdfService } from './minutes-pdf.service';

/**
 * Justering (`approveMinutes` in meeting-rules.ts): the chair and the minutes checker each approve;
 * when both have, the minutes are locked and nothing about the meeting can change again (a database
 * trigger refuses it too); in that transaction the minutes become a stored PDF, mailed to the committee
 * (`MinutesPdfService.onLocked`). Returns the meeting's id.
 */
@Injectable()
export class MinutesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pdfs: MinutesPdfService,
    private readonly mail: MailService,
  ) {}

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
      if (locked) await this.pdfs.onLocked(manager, id);
    });
    void this.mail.flush();
    return id;
  }
}
