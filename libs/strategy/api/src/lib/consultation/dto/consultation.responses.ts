import { Prop } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/strategy/contract';
import { WORDING_PROPOSAL_STATUSES } from '@samverkan/strategy/contract';

export class StrategyCommentResponse implements C.StrategyCommentResponse {
  @Prop.uuid()
  id!: string;

  @Prop.uuid()
  positionId!: string;

  @Prop.uuid()
  authorId!: string;

  @Prop.string()
  authorName!: string;

  @Prop.string()
  text!: string;

  @Prop.dateTime()
  createdAt!: string;
}

export class WordingProposalResponse implements C.WordingProposalResponse {
  @Prop.uuid()
  id!: string;

  @Prop.uuid()
  positionId!: string;

  @Prop.uuid()
  proposerId!: string;

  @Prop.string()
  proposerName!: string;

  @Prop.string()
  text!: string;

  @Prop.enum(WORDING_PROPOSAL_STATUSES)
  status!: C.WordingProposalStatus;

  @Prop.string({ nullable: true })
  reason!: string | null;

  @Prop.dateTime({ nullable: true })
  decidedAt!: string | null;

  @Prop.dateTime()
  createdAt!: string;
}

export class StrategyConsultationResponse implements C.StrategyConsultationResponse {
  @Prop.uuid()
  strategyId!: string;

  @Prop.array(() => StrategyCommentResponse)
  comments!: StrategyCommentResponse[];

  @Prop.array(() => WordingProposalResponse)
  wordingProposals!: WordingProposalResponse[];
}
