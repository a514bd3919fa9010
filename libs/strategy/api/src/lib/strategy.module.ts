import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FocusAreasController } from './focus-areas.controller';
import { FocusAreasService } from './focus-areas.service';
import { FocusArea, Strategy } from './strategy.entity';

export const STRATEGY_ENTITIES = [Strategy, FocusArea];

@Module({
  imports: [TypeOrmModule.forFeature(STRATEGY_ENTITIES)],
  controllers: [FocusAreasController],
  providers: [FocusAreasService],
  exports: [FocusAreasService],
})
export class StrategyModule {}
