export * from './lib/coverage.module';
export * from './lib/history/past-conference.entity';
export * from './lib/report/coverage.service';
export * from './lib/history/history-import.service';
export * from './lib/history/demo-history';
export * from './lib/engagement/engagement.service';
