import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoverageController } from './coverage.controller';
import { COVERAGE_ENTITIES } from './history/past-conference.entity';
import { HistoryImportService } from './history/history-import.service';
import { CoverageService } from './report/coverage.service';

export { COVERAGE_ENTITIES };

/** The focus-area coverage report over live and imported conferences, and the history import. */
@Module({
  imports: [TypeOrmModule.forFeature(COVERAGE_ENTITIES)],
  controllers: [CoverageController],
  providers: [CoverageService, HistoryImportService],
  exports: [CoverageService, HistoryImportService],
})
export class CoverageModule {}
