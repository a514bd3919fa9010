import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Proposal, ProposalComment, ProposalReview } from './proposal.entity';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';

export const PROPOSALS_ENTITIES = [Proposal, ProposalComment, ProposalReview];

@Module({
  imports: [TypeOrmModule.forFeature(PROPOSALS_ENTITIES)],
  controllers: [ProposalsController],
  providers: [ProposalsService],
  exports: [ProposalsService],
})
export class ProposalsModule {}
