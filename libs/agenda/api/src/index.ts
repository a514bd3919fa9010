export * from './lib/agenda.module';
export * from './lib/agenda.entity';
export * from './lib/agenda.service';
export * from './lib/publishing.service';
export * from './lib/programme-diff';
export * from './lib/conflicts';
export * from './lib/calendar-events';
