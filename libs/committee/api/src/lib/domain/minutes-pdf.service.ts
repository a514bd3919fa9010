import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound, refused } from '@samverkan/shared/api-http';
import { MailService } from '@samverkan/shared/api-mail';
import { Meeting, MeetingMinutesPdf } from '../meeting.entity';
import { minutesFileName, minutesLayout } from '../minutes/minutes-layout';
import { minutesPdf } from '../minutes/minutes-pdf';
import { loadMinutesSource } from '../queries/minutes-source';
import { minutesMails } from './minutes-mail';

export interface MinutesFile {
  body: Buffer;
  fileName: string;
}

/** The role whose active members get the justerat minutes by e-post. */
const COMMITTEE_ROLE = 'working-committee';

/**
 * The justerat minutes as a PDF: made and stored in the justering's transaction, mailed to the
 * committee in it too, and served from the stored copy.
 */
@Injectable()
export class MinutesPdfService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  /**
   * In the transaction that locks the minutes: the PDF, its row, one e-post with it to every active
   * committee member, and the later draft agendas' previous-minutes items now point to these minutes.
   */
  async onLocked(manager: EntityManager, meetingId: string): Promise<void> {
    const file = await this.make(manager, meetingId);
    const recipients: { name: string; email: string }[] = await manager.query(
      `SELECT name, email FROM users WHERE active AND $1 = ANY(roles) ORDER BY email`,
      [COMMITTEE_ROLE],
    );
    await this.mail.enqueue(
      manager,
      minutesMails(recipients, { meetingId, title: file.meeting.title, startsAt: file.meeting.startsAt, ...file }),
    );
    await manager.query(
      `UPDATE meeting_items i SET previous_meeting_id = $1
         FROM meetings m
        WHERE i.kind = 'previous-minutes' AND m.id = i.meeting_id AND m.minutes_status = 'draft' AND m.starts_at > $2
          AND (i.previous_meeting_id IS NULL OR (SELECT p.starts_at FROM meetings p WHERE p.id = i.previous_meeting_id) < $2)`,
      [meetingId, file.meeting.startsAt],
    );
  }

  /**
   * The stored PDF of justerat minutes; 422 `committee.minutes-not-adjusted` before justering. Minutes
   * locked before PDFs were made get theirs on the first request (they can no longer change), without
   * e-post.
   */
  async file(id: string): Promise<MinutesFile> {
    const meeting = await this.dataSource.getRepository(Meeting).findOneBy({ id });
    if (!meeting) throw notFound('committee.meeting-not-found');
    if (meeting.minutesStatus !== 'locked') throw refused('committee.minutes-not-adjusted');
    const fileName = minutesFileName(meeting.title, meeting.startsAt);
    const stored = await this.dataSource.getRepository(MeetingMinutesPdf).findOneBy({ meetingId: id });
    if (stored) return { body: stored.pdf, fileName };
    await this.dataSource.transaction((manager) => this.make(manager, id));
    const made = await this.dataSource.getRepository(MeetingMinutesPdf).findOneByOrFail({ meetingId: id });
    return { body: made.pdf, fileName };
  }

  /** Lays out, draws and stores the PDF (a concurrent first request's copy wins; both are the same minutes). */
  private async make(manager: EntityManager, meetingId: string): Promise<{ pdf: Buffer; fileName: string; meeting: Meeting }> {
    const source = await loadMinutesSource(manager, meetingId);
    const layout = minutesLayout(source);
    const pdf = await minutesPdf(layout);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    await manager.query(
      `INSERT INTO meeting_minutes_pdfs (meeting_id, pdf, sha256) VALUES ($1, $2, $3) ON CONFLICT (meeting_id) DO NOTHING`,
      [meetingId, pdf, sha256],
    );
    return { pdf, fileName: layout.fileName, meeting: source.meeting };
  }
}
