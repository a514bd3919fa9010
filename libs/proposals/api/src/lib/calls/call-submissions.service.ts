import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashLinkToken } from '@samverkan/identity/api';
import type { CallSubmissionConfirmedResponse, CallSubmissionReceivedResponse } from '@samverkan/proposals/contract';
import { notFound, refused } from '@samverkan/shared/api-http';
import { MailService } from '@samverkan/shared/api-mail';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { Call, CallSubmission } from './call.entity';
import { confirmationMail } from './call-mails';
import { CONFIRM_LINK_HOURS, UPLOAD_TOKEN_HOURS, focusAreasOutside, hoursLater, isHoneypotFilled, submissionRefusal } from './call-rules';
import type { CreateCallSubmissionDto } from './dto/call.dto';
import { OPEN_CALL_OPTIONS, type OpenCallOptions } from './open-call-options';
import { SubmissionLimits } from './submission-limits';

/** 256 bits, base64url (43 characters): the form `redactLinkSecrets` removes from sent mails. */
const secret = () => randomBytes(32).toString('base64url');

/**
 * The public side of an open call: a visitor's submission, kept pending until the link mailed to the
 * given address is followed. Counted against the rate limit before anything is written.
 */
@Injectable()
export class CallSubmissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly limits: SubmissionLimits,
    @Inject(OPEN_CALL_OPTIONS) private readonly options: OpenCallOptions,
  ) {}

  /**
   * 202 with the submission's id and upload token. With the honeypot filled the answer looks the same
   * (a fresh id and token that open nothing) and nothing is stored or mailed.
   */
  async submit(callId: string, body: CreateCallSubmissionDto, clientAddress: string): Promise<CallSubmissionReceivedResponse> {
    const confirmToken = secret();
    const uploadToken = secret();
    const now = new Date();
    const submissionId = await this.dataSource.transaction(async (manager) => {
      const call = await manager.getRepository(Call).findOne({ where: { id: callId }, relations: { conference: true } });
      const refusal = call?.conference ? submissionRefusal(call, call.conference.status, now) : 'hidden';
      if (!call || refusal === 'hidden') throw notFound('calls.not-found');
      if (refusal) throw refused(refusal);
      await this.limits.count(manager, clientAddress, body.email);
      if (isHoneypotFilled(body.website)) return randomUUID();
      const outside = focusAreasOutside(call.focusAreaCodes, body.focusAreaCodes);
      if (outside.length) throw refused('calls.focus-area-not-in-call', { errors: { focusAreaCodes: 'notInCall' } });
      const repo = manager.getRepository(CallSubmission);
      const submission = await repo.save(
        repo.create({
          callId,
          name: body.name,
          organisationName: body.organisationName,
          email: body.email,
          title: body.title,
          summary: body.summary,
          kind: body.kind ?? 'session',
          focusAreaCodes: body.focusAreaCodes,
          language: body.language ?? 'sv',
          confirmTokenHash: hashLinkToken(confirmToken),
          confirmExpiresAt: hoursLater(now, CONFIRM_LINK_HOURS),
          uploadTokenHash: hashLinkToken(uploadToken),
          uploadExpiresAt: hoursLater(now, UPLOAD_TOKEN_HOURS),
        }),
      );
      const context = {
        submissionId: submission.id,
        to: submission.email,
        language: submission.language,
        name: submission.name,
        title: submission.title,
        callTitleSv: call.titleSv,
        callTitleEn: call.titleEn,
      };
      await this.mail.enqueue(manager, [confirmationMail(context, `${this.options.publicUrl}/upprop/bekrafta/${confirmToken}`)]);
      return submission.id;
    });
    void this.mail.flush();
    return { submissionId, uploadToken };
  }

  /** Following the link makes the submission count; again later it changes nothing. Unknown or expired: 404. */
  async confirm(token: string): Promise<CallSubmissionConfirmedResponse> {
    return this.dataSource.transaction(async (manager) => {
      const submission = await manager
        .getRepository(CallSubmission)
        .createQueryBuilder('s')
        .innerJoinAndSelect('s.call', 'c')
        .where('s.confirmTokenHash = :hash', { hash: hashLinkToken(token) })
        .setLock('pessimistic_write', undefined, ['s'])
        .getOne();
      const now = new Date();
      if (!submission?.call || (!submission.confirmedAt && submission.confirmExpiresAt.getTime() <= now.getTime()))
        throw notFound('calls.confirmation-not-found');
      const alreadyConfirmed = submission.confirmedAt !== null;
      const confirmedAt = submission.confirmedAt ?? now;
      if (!alreadyConfirmed) await manager.getRepository(CallSubmission).update({ id: submission.id }, { confirmedAt });
      return {
        callId: submission.callId,
        callTitleSv: submission.call.titleSv,
        callTitleEn: submission.call.titleEn,
        title: submission.title,
        confirmedAt: toStockholmIso(confirmedAt),
        alreadyConfirmed,
      };
    });
  }
}
