import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Conference } from '@samverkan/conferences/api';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import type { ProposalState } from '@samverkan/proposals/contract';
import { audit, type AuditValue } from '@samverkan/shared/api-audit';
import { refused } from '@samverkan/shared/api-http';
import type { ErrorCode } from '@samverkan/shared/contract';
import { resolveCurrentFocusAreas } from '@samverkan/strategy/api';
import type { CreateProposalDto, UpdateProposalDto } from '../dto/proposal.dto';
import { lockOwnProposal } from '../proposal-access';
import { Proposal } from '../proposal.entity';
import { isEditable, isWithdrawable } from '../proposal-rules';

/** The proposer's commands: write a draft, edit it, submit it, withdraw it. Each returns the proposal's id. */
@Injectable()
export class ProposalAuthoringService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new proposal is the caller's draft, on focus areas of the current strategy. */
  async create(body: CreateProposalDto, user: AuthenticatedUser): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await checkConference(manager, body.targetConferenceId);
      const repo = manager.getRepository(Proposal);
      const proposal = await repo.save(
        repo.create({
          kind: body.kind,
          title: body.title,
          summary: body.summary,
          description: body.description ?? null,
          format: body.format ?? null,
          durationMinutes: body.durationMinutes ?? null,
          speakers: body.speakers ?? [],
          targetConferenceId: body.targetConferenceId ?? null,
          proposerId: user.id,
          state: 'draft',
          focusAreas: await resolveCurrentFocusAreas(manager, body.focusAreaCodes),
        }),
      );
      await audit(manager, {
        subjectType: 'proposal',
        subjectId: proposal.id,
        action: 'created',
        actorId: user.id,
        after: { state: 'draft', title: proposal.title },
      });
      return proposal.id;
    });
  }

  /** Only the proposer edits, and only a draft or a proposal sent back. */
  async update(id: string, body: UpdateProposalDto, user: AuthenticatedUser): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await lockOwnProposal(manager, id, user);
      if (!isEditable(proposal.state)) throw refused('proposals.not-editable');
      await checkConference(manager, body.targetConferenceId);
      const before: AuditValue = { title: proposal.title, summary: proposal.summary };
      const { focusAreaCodes, speakers, ...fields } = body;
      Object.assign(proposal, fields);
      if (speakers)
        proposal.speakers = speakers.map((s) => ({ name: s.name, organisation: s.organisation ?? null, contact: s.contact ?? null }));
      if (focusAreaCodes) proposal.focusAreas = await resolveCurrentFocusAreas(manager, focusAreaCodes);
      await manager.getRepository(Proposal).save(proposal);
      await audit(manager, {
        subjectType: 'proposal',
        subjectId: id,
        action: 'edited',
        actorId: user.id,
        before,
        after: { title: proposal.title, summary: proposal.summary },
      });
    });
    return id;
  }

  /** Submitting (again, after a return) clears the previous decision. */
  async submit(id: string, user: AuthenticatedUser): Promise<string> {
    await this.transition(id, user, 'submitted', isEditable, 'proposals.not-submittable');
    return id;
  }

  /** Anything not yet decided can be withdrawn. */
  async withdraw(id: string, user: AuthenticatedUser): Promise<string> {
    await this.transition(id, user, 'withdrawn', isWithdrawable, 'proposals.not-withdrawable');
    return id;
  }

  private async transition(
    id: string,
    user: AuthenticatedUser,
    to: 'submitted' | 'withdrawn',
    allowedFrom: (state: ProposalState) => boolean,
    refusal: ErrorCode,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await lockOwnProposal(manager, id, user);
      if (!allowedFrom(proposal.state)) throw refused(refusal);
      const clearedDecision =
        to === 'submitted'
          ? {
              submittedAt: new Date(),
              decisionOutcome: null,
              decisionMotivation: null,
              decidedAt: null,
              decidedById: null,
              decisionMeetingId: null,
            }
          : {};
      await manager.getRepository(Proposal).update({ id }, { state: to, ...clearedDecision });
      await audit(manager, {
        subjectType: 'proposal',
        subjectId: id,
        action: to,
        actorId: user.id,
        before: { state: proposal.state },
        after: { state: to },
      });
    });
  }
}

/** A target conference must exist (422 `proposals.unknown-conference` on `targetConferenceId`). */
async function checkConference(manager: EntityManager, conferenceId: string | null | undefined): Promise<void> {
  if (conferenceId && !(await manager.getRepository(Conference).existsBy({ id: conferenceId })))
    throw refused('proposals.unknown-conference', { errors: { targetConferenceId: 'unknown' } });
}
