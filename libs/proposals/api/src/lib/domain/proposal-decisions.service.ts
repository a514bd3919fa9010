import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Theme } from '@samverkan/conferences/api';
import { User } from '@samverkan/identity/api';
import type { DecisionOutcome } from '@samverkan/proposals/contract';
import { audit } from '@samverkan/shared/api-audit';
import { notFound, refused } from '@samverkan/shared/api-http';
import { MailService } from '@samverkan/shared/api-mail';
import type { FocusArea } from '@samverkan/strategy/api';
import { Proposal } from '../proposal.entity';
import { OUTCOME_STATE, isDecidable } from '../proposal-rules';
import { decisionMail } from './decision-mail';

export interface Decision {
  outcome: DecisionOutcome;
  motivation: string;
  actorId: string;
  /** The meeting whose minutes record the decision. */
  meetingId: string | null;
}

/** The committee's decision on a proposal, run inside the caller's transaction (a meeting's minutes). */
@Injectable()
export class ProposalDecisionsService {
  constructor(private readonly mail: MailService) {}

  /**
   * Only a submitted proposal not yet decided can be decided. The decision is recorded on the
   * proposal, an accepted theme proposal becomes a theme of its conference (linked back to the
   * proposal), and the proposer gets an e-post.
   */
  async decide(manager: EntityManager, id: string, decision: Decision): Promise<{ themeId: string | null }> {
    const { outcome, motivation, actorId, meetingId } = decision;
    const proposal = await manager.getRepository(Proposal).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!proposal) throw notFound('proposals.not-found');
    if (!isDecidable(proposal.state)) throw refused('proposals.not-decidable', { params: { title: proposal.title } });
    const state = OUTCOME_STATE[outcome];
    await manager
      .getRepository(Proposal)
      .update(
        { id },
        {
          state,
          decisionOutcome: outcome,
          decisionMotivation: motivation,
          decidedAt: new Date(),
          decidedById: actorId,
          decisionMeetingId: meetingId,
        },
      );
    await audit(manager, {
      subjectType: 'proposal',
      subjectId: id,
      action: 'decided',
      actorId,
      before: { state: proposal.state },
      after: { state, outcome, motivation },
    });
    const themeId = outcome === 'accept' ? await this.themeFrom(manager, proposal) : null;
    const proposer = await manager.getRepository(User).findOneByOrFail({ id: proposal.proposerId });
    await this.mail.enqueue(manager, [decisionMail(proposer, proposal, outcome, motivation)]);
    return { themeId };
  }

  /** An accepted theme proposal with a target conference becomes that conference's last theme, on the proposal's focus areas. */
  private async themeFrom(manager: EntityManager, proposal: Proposal): Promise<string | null> {
    if (proposal.kind !== 'theme' || !proposal.targetConferenceId) return null;
    const conferenceId = proposal.targetConferenceId;
    const areas = await manager
      .getRepository(Proposal)
      .createQueryBuilder('p')
      .relation('focusAreas')
      .of(proposal.id)
      .loadMany<FocusArea>();
    const themes = manager.getRepository(Theme);
    const theme = await themes.save(
      themes.create({
        conferenceId,
        titleSv: proposal.title,
        titleEn: null,
        descriptionSv: proposal.summary,
        descriptionEn: null,
        position: await themes.countBy({ conferenceId }),
        sourceProposalId: proposal.id,
        focusAreas: areas,
      }),
    );
    return theme.id;
  }
}
