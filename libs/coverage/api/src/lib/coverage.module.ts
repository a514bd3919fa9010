import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StrategyModule } from '@samverkan/strategy/api';
import { CoverageController } from './coverage.controller';
import { CitationLabelsModule } from './evidence/citation-label-reader';
import { StrategyEvidenceController } from './evidence/strategy-evidence.controller';
import { StrategyEvidenceService } from './evidence/strategy-evidence.service';
import { COVERAGE_ENTITIES } from './history/past-conference.entity';
import { HistoryImportService } from './history/history-import.service';
import { CoverageService } from './report/coverage.service';
import { AnnualSummaryService } from './engagement/annual-summary.service';
import { EngagementController } from './engagement/engagement.controller';
import { EngagementService } from './engagement/engagement.service';

export { COVERAGE_ENTITIES };

/** The focus-area coverage report over live and imported conferences, the history import, members' engagement and the annual summary. */
@Module({
  imports: [TypeOrmModule.forFeature(COVERAGE_ENTITIES), StrategyModule, CitationLabelsModule],
  controllers: [CoverageController, EngagementController, StrategyEvidenceController],
  providers: [CoverageService, HistoryImportService, EngagementService, AnnualSummaryService, StrategyEvidenceService],
  exports: [CoverageService, HistoryImportService],
})
export class CoverageModule {}
