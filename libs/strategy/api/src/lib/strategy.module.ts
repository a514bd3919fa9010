import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FocusAreasController } from './focus-areas.controller';
import { FocusAreasService } from './focus-areas.service';
import { FocusArea, FocusAreaMapping, Strategy, StrategyPosition } from './strategy.entity';
import { StrategiesController } from './versions/strategies.controller';
import { StrategyDraftingService } from './versions/strategy-drafting.service';
import { StrategyVersionsQuery } from './versions/strategy-versions.query';

export const STRATEGY_ENTITIES = [Strategy, FocusArea, StrategyPosition, FocusAreaMapping];

@Module({
  imports: [TypeOrmModule.forFeature(STRATEGY_ENTITIES)],
  controllers: [FocusAreasController, StrategiesController],
  providers: [FocusAreasService, StrategyVersionsQuery, StrategyDraftingService],
  exports: [FocusAreasService, StrategyDraftingService],
})
export class StrategyModule {}
