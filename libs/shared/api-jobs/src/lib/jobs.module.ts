import { DynamicModule, Module } from '@nestjs/common';
import { Jobs, JOBS_OPTIONS, type JobsOptions } from './jobs.service';

/** The job queue (pg-boss) for every domain: `Jobs.define` workers and schedules, `Jobs.send` jobs. */
@Module({})
export class JobsModule {
  static register(options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      providers: [{ provide: JOBS_OPTIONS, useValue: options }, Jobs],
      exports: [Jobs],
    };
  }
}
