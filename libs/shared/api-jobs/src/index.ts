export * from './lib/jobs.module';
export * from './lib/jobs.service';
export * from './lib/job-registry';
