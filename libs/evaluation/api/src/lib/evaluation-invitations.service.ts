import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EVALUATION_OPEN_DAYS, type EvaluationInvitationsResult } from '@samverkan/evaluation/contract';
import { RegistrationLinks } from '@samverkan/registrations/api';
import { notFound, refused } from '@samverkan/shared/api-http';
import { MailService } from '@samverkan/shared/api-mail';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { EVALUATION_OPTIONS, type EvaluationOptions } from './evaluation-options';
import { closesAt, evaluationState } from './evaluation-rules';
import { evaluationPageUrl, invitationMail } from './invitation-mail';

interface Recipient {
  id: string;
  email: string;
  first_name: string;
  language: 'sv' | 'en';
  manage_token_version: number;
  manage_token_hash: string;
}

/**
 * The invitations to answer the evaluation: one mail per confirmed participant, once per conference.
 * Claiming a conference (`invited_at` set where it was null, RETURNING) and writing its mails happen in
 * one transaction, so two runs at once, or a run and a staff member pressing "send now", mail each
 * person once. Invitations go to people whose seat was confirmed by mail already, like programme
 * changes, so the recipient mail limit does not apply.
 */
@Injectable()
export class EvaluationInvitations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly links: RegistrationLinks,
    @Inject(EVALUATION_OPTIONS) private readonly options: EvaluationOptions,
  ) {}

  /**
   * Invites the participants of every conference that has ended, whose evaluation is still open and
   * that has not been invited. Safe to run at any time, as often as wanted, from several processes.
   */
  async inviteEnded(now = new Date()): Promise<Array<{ conferenceId: string; recipients: number }>> {
    const due = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT c.id FROM conferences c LEFT JOIN conference_evaluations e ON e.conference_id = c.id
        WHERE c.status IN ('published', 'archived') AND c.ends_at <= $1 AND e.invited_at IS NULL
          AND coalesce(e.closes_at, c.ends_at + make_interval(days => $2)) > $1
        ORDER BY c.ends_at`,
      [now, EVALUATION_OPEN_DAYS],
    );
    const sent: Array<{ conferenceId: string; recipients: number }> = [];
    for (const { id } of due) {
      const recipients = await this.invite(id, now);
      if (recipients !== null) sent.push({ conferenceId: id, recipients });
    }
    if (sent.length) void this.mail.flush();
    return sent;
  }

  /** Staff: send one conference's invitations now (once ended and until closed); a second call sends nothing. */
  async inviteNow(conferenceId: string, now = new Date()): Promise<EvaluationInvitationsResult> {
    const [c] = await this.dataSource.query<Array<{ status: string; ends_at: Date; closes_at: Date | null }>>(
      `SELECT c.status, c.ends_at, e.closes_at FROM conferences c LEFT JOIN conference_evaluations e ON e.conference_id = c.id
        WHERE c.id = $1 AND c.status <> 'draft'`,
      [conferenceId],
    );
    if (!c) throw notFound('conferences.not-found');
    const closes = closesAt(c.ends_at, c.closes_at);
    const state = evaluationState({ conferenceStatus: c.status, endsAt: c.ends_at, closesAt: closes }, now);
    if (state === 'not-ended') throw refused('evaluation.not-ended', { params: { endsAt: toStockholmIso(c.ends_at) } });
    if (state === 'closed') throw refused('evaluation.closed', { params: { closesAt: toStockholmIso(closes) } });
    if (state === 'cancelled') throw refused('evaluation.conference-cancelled');
    const recipients = await this.invite(conferenceId, now);
    if (recipients === null) {
      const [row] = await this.dataSource.query<Array<{ invited_at: Date }>>(
        `SELECT invited_at FROM conference_evaluations WHERE conference_id = $1`,
        [conferenceId],
      );
      return { invitedAt: toStockholmIso(row.invited_at), recipients: 0, alreadySent: true };
    }
    void this.mail.flush();
    return { invitedAt: toStockholmIso(now), recipients, alreadySent: false };
  }

  /** Claims the conference and writes its mails; null when it was claimed already. */
  private invite(conferenceId: string, now: Date): Promise<number | null> {
    return this.dataSource.transaction(async (manager) => {
      const claimed = this.options.unsafeSkipInvitationClaim
        ? await claimUnguarded(manager, conferenceId, now)
        : await claim(manager, conferenceId, now);
      if (!claimed) return null;
      const [conference] = await manager.query<Array<{ title_sv: string; title_en: string | null; ends_at: Date }>>(
        `SELECT title_sv, title_en, ends_at FROM conferences WHERE id = $1`,
        [conferenceId],
      );
      const people = await manager.query<Recipient[]>(
        `SELECT id, email, first_name, language, manage_token_version, manage_token_hash FROM registrations
          WHERE conference_id = $1 AND status = 'confirmed' AND anonymised_at IS NULL ORDER BY created_at, id`,
        [conferenceId],
      );
      const closes = closesAt(conference.ends_at, claimed.closes_at);
      const mails = [];
      for (const p of people) {
        const token = await this.links.manageToken(manager, {
          id: p.id,
          manageTokenVersion: p.manage_token_version,
          manageTokenHash: p.manage_token_hash,
        });
        mails.push(
          invitationMail({
            to: p.email,
            language: p.language,
            firstName: p.first_name,
            registrationId: p.id,
            conferenceTitleSv: conference.title_sv,
            conferenceTitleEn: conference.title_en,
            closesAt: closes,
            evaluationUrl: evaluationPageUrl(this.links.manageUrl(token)),
            publicUrl: this.options.publicUrl,
          }),
        );
      }
      await this.mail.enqueue(manager, mails);
      return mails.length;
    });
  }
}

/** Sets `invited_at` where it is null, in one statement: of runs at the same time, exactly one gets the row. */
async function claim(manager: EntityManager, conferenceId: string, now: Date): Promise<{ closes_at: Date | null } | undefined> {
  const [row] = await manager.query<Array<{ closes_at: Date | null }>>(
    `INSERT INTO conference_evaluations (conference_id, invited_at) VALUES ($1, $2)
     ON CONFLICT (conference_id) DO UPDATE SET invited_at = EXCLUDED.invited_at, updated_at = now()
      WHERE conference_evaluations.invited_at IS NULL
     RETURNING closes_at`,
    [conferenceId, now],
  );
  return row;
}

/** The negative control: read, wait a little, then write unconditionally (what the guard prevents). */
async function claimUnguarded(manager: EntityManager, conferenceId: string, now: Date): Promise<{ closes_at: Date | null } | undefined> {
  const [seen] = await manager.query<Array<{ invited_at: Date | null }>>(
    `SELECT invited_at FROM conference_evaluations WHERE conference_id = $1`,
    [conferenceId],
  );
  if (seen?.invited_at) return undefined;
  await manager.query('SELECT pg_sleep(0.05)');
  const [row] = await manager.query<Array<{ closes_at: Date | null }>>(
    `INSERT INTO conference_evaluations (conference_id, invited_at) VALUES ($1, $2)
     ON CONFLICT (conference_id) DO UPDATE SET invited_at = EXCLUDED.invited_at RETURNING closes_at`,
    [conferenceId, now],
  );
  return row;
}
