import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import type { CallSubmissionResponse } from '@samverkan/proposals/contract';
import { audit } from '@samverkan/shared/api-audit';
import { conflict, notFound } from '@samverkan/shared/api-http';
import { MailService } from '@samverkan/shared/api-mail';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { resolveCurrentFocusAreas } from '@samverkan/strategy/api';
import { Proposal } from '../proposal.entity';
import { Call, CallSubmission } from './call.entity';
import { acceptedMail, declinedMail, type SubmissionMailContext } from './call-mails';
import { submissionStatus } from './call-rules';

/**
 * The council's side of an open call (`calls.review`): the confirmed submissions, and one decision on
 * each: accepted (a draft proposal of the council member who accepts, on the submission's title, summary
 * and focus areas, for the call's conference, linked back to it) or declined with a reason. Either mails
 * the sender in the same transaction.
 */
@Injectable()
export class CallDecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  /** A call's confirmed submissions, oldest first (unconfirmed ones do not count and are not shown). */
  async list(callId: string): Promise<CallSubmissionResponse[]> {
    if (!(await this.dataSource.getRepository(Call).existsBy({ id: callId }))) throw notFound('calls.not-found');
    const rows = await this.submissions(this.dataSource.manager)
      .andWhere('s.callId = :callId', { callId })
      .orderBy('s.confirmedAt', 'ASC')
      .getMany();
    return rows.map(toResponse);
  }

  async accept(id: string, user: AuthenticatedUser): Promise<CallSubmissionResponse> {
    await this.dataSource.transaction(async (manager) => {
      const submission = await this.lockUndecided(manager, id);
      const call = await manager.getRepository(Call).findOneByOrFail({ id: submission.callId });
      const proposals = manager.getRepository(Proposal);
      const proposal = await proposals.save(
        proposals.create({
          kind: submission.kind,
          title: submission.title,
          summary: submission.summary,
          description: null,
          speakers: [{ name: submission.name, organisation: submission.organisationName, contact: submission.email }],
          targetConferenceId: call.conferenceId,
          proposerId: user.id,
          state: 'draft',
          focusAreas: await resolveCurrentFocusAreas(manager, submission.focusAreaCodes),
        }),
      );
      await manager
        .getRepository(CallSubmission)
        .update({ id }, { decision: 'accepted', decidedAt: new Date(), decidedById: user.id, proposalId: proposal.id });
      await audit(manager, {
        subjectType: 'proposal',
        subjectId: proposal.id,
        action: 'created',
        actorId: user.id,
        after: { state: 'draft', title: proposal.title, origin: `call-submission:${id}` },
      });
      await audit(manager, {
        subjectType: 'call-submission',
        subjectId: id,
        action: 'accepted',
        actorId: user.id,
        after: { proposalId: proposal.id },
      });
      await this.mail.enqueue(manager, [acceptedMail(mailContext(submission, call))]);
    });
    void this.mail.flush();
    return this.get(id);
  }

  async decline(id: string, reason: string, user: AuthenticatedUser): Promise<CallSubmissionResponse> {
    await this.dataSource.transaction(async (manager) => {
      const submission = await this.lockUndecided(manager, id);
      const call = await manager.getRepository(Call).findOneByOrFail({ id: submission.callId });
      await manager
        .getRepository(CallSubmission)
        .update({ id }, { decision: 'declined', decidedAt: new Date(), decidedById: user.id, declineReason: reason });
      await audit(manager, { subjectType: 'call-submission', subjectId: id, action: 'declined', actorId: user.id, after: { reason } });
      await this.mail.enqueue(manager, [declinedMail(mailContext(submission, call), reason)]);
    });
    void this.mail.flush();
    return this.get(id);
  }

  private async get(id: string): Promise<CallSubmissionResponse> {
    return toResponse(await this.submissions(this.dataSource.manager).andWhere('s.id = :id', { id }).getOneOrFail());
  }

  private submissions(manager: EntityManager) {
    return manager
      .getRepository(CallSubmission)
      .createQueryBuilder('s')
      .leftJoinAndSelect('s.decidedBy', 'u')
      .where('s.confirmedAt IS NOT NULL');
  }

  /** The submission locked for its decision: 404 unless confirmed, 409 `calls.already-decided` once decided. */
  private async lockUndecided(manager: EntityManager, id: string): Promise<CallSubmission> {
    const submission = await manager.getRepository(CallSubmission).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!submission?.confirmedAt) throw notFound('calls.submission-not-found');
    if (submission.decision) throw conflict('calls.already-decided', { params: { status: submission.decision } });
    return submission;
  }
}

function mailContext(submission: CallSubmission, call: Call): SubmissionMailContext {
  return {
    submissionId: submission.id,
    to: submission.email,
    language: submission.language,
    name: submission.name,
    title: submission.title,
    callTitleSv: call.titleSv,
    callTitleEn: call.titleEn,
  };
}

function toResponse(s: CallSubmission): CallSubmissionResponse {
  return {
    id: s.id,
    callId: s.callId,
    name: s.name,
    organisationName: s.organisationName,
    email: s.email,
    title: s.title,
    summary: s.summary,
    kind: s.kind,
    focusAreaCodes: s.focusAreaCodes,
    submittedAt: toStockholmIso(s.createdAt),
    confirmedAt: toStockholmIso(s.confirmedAt as Date),
    status: submissionStatus(s.decision),
    decidedAt: s.decidedAt ? toStockholmIso(s.decidedAt) : null,
    decidedByName: s.decidedBy?.name ?? null,
    declineReason: s.declineReason,
    proposalId: s.proposalId,
  };
}
