import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StrategyComment, StrategyWordingProposal } from './consultation/consultation.entity';
import { StrategyConsultationController } from './consultation/strategy-consultation.controller';
import { StrategyConsultationService } from './consultation/strategy-consultation.service';
import { StrategyCitation } from './citations/strategy-citation.entity';
import { StrategyCitationsService } from './citations/strategy-citations.service';
import { FocusAreasController } from './focus-areas.controller';
import { FocusAreasService } from './focus-areas.service';
import { FocusArea, FocusAreaMapping, Strategy, StrategyPosition } from './strategy.entity';
import { StrategyPublicationController } from './publication/strategy-publication.controller';
import { StrategyPublicationService } from './publication/strategy-publication.service';
import { StrategiesController } from './versions/strategies.controller';
import { StrategyDraftingService } from './versions/strategy-drafting.service';
import { StrategyVersionsQuery } from './versions/strategy-versions.query';

export const STRATEGY_ENTITIES = [
  Strategy,
  FocusArea,
  StrategyPosition,
  FocusAreaMapping,
  StrategyComment,
  StrategyWordingProposal,
  StrategyCitation,
];

@Module({
  imports: [TypeOrmModule.forFeature(STRATEGY_ENTITIES)],
  controllers: [FocusAreasController, StrategyPublicationController, StrategiesController, StrategyConsultationController],
  providers: [
    FocusAreasService,
    StrategyVersionsQuery,
    StrategyDraftingService,
    StrategyConsultationService,
    StrategyCitationsService,
    StrategyPublicationService,
  ],
  exports: [FocusAreasService, StrategyDraftingService, StrategyCitationsService],
})
export class StrategyModule {}
