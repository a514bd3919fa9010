import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { audit } from '@samverkan/shared/api-audit';
import { MailService } from '@samverkan/shared/api-mail';
import { Meeting } from '../meeting.entity';
import { MeetingQueriesService } from '../queries/meeting-queries.service';
import { noticeMails } from './notice-mail';

/** Kallelse: the agenda by e-post to every participant; it may be sent again. */
@Injectable()
export class MeetingNoticeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingQueriesService,
    private readonly mail: MailService,
  ) {}

  async send(id: string, user: AuthenticatedUser): Promise<string> {
    const meeting = await this.meetings.get(id);
    await this.dataSource.transaction(async (manager) => {
      await this.mail.enqueue(manager, noticeMails(meeting));
      await manager.getRepository(Meeting).update({ id }, { noticeSentAt: new Date() });
      await audit(manager, {
        subjectType: 'meeting',
        subjectId: id,
        action: 'notice.sent',
        actorId: user.id,
        after: { recipients: meeting.participants.length },
      });
    });
    void this.mail.flush();
    return id;
  }
}
