import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferencesModule } from '@samverkan/conferences/api';
import { CALL_ENTITIES } from './calls/call.entity';
import { DocumentParents } from '@samverkan/shared/api-documents';
import { ProposalDocumentPolicy } from './proposal-documents';
import { ProposalAuthoringService } from './domain/proposal-authoring.service';
import { ProposalCommentsService } from './domain/proposal-comments.service';
import { ProposalDecisionsService } from './domain/proposal-decisions.service';
import { ProposalReviewsService } from './domain/proposal-reviews.service';
import { ProgrammeGaps } from './gaps/programme-gaps';
import { LineageController } from './lineage.controller';
import { Proposal, ProposalComment, ProposalReview } from './proposal.entity';
import { ProposalsController } from './proposals.controller';
import { ProposalDetailService } from './queries/proposal-detail.service';
import { ProposalListService } from './queries/proposal-list.service';
import { ThemeLineageService } from './queries/theme-lineage.service';

export const PROPOSALS_ENTITIES = [Proposal, ProposalComment, ProposalReview, ...CALL_ENTITIES];

@Module({
  imports: [TypeOrmModule.forFeature(PROPOSALS_ENTITIES), ConferencesModule],
  controllers: [ProposalsController, LineageController],
  providers: [
    ProposalAuthoringService,
    ProposalCommentsService,
    ProposalReviewsService,
    ProposalDecisionsService,
    ProposalListService,
    ProposalDetailService,
    ThemeLineageService,
    ProposalDocumentPolicy,
    ProgrammeGaps,
  ],
  exports: [ProposalDecisionsService, ProgrammeGaps],
})
export class ProposalsModule implements OnModuleInit {
  constructor(
    private readonly parents: DocumentParents,
    private readonly proposalDocuments: ProposalDocumentPolicy,
  ) {}

  onModuleInit(): void {
    this.parents.register(this.proposalDocuments);
  }
}
