export * from './lib/agenda.module';
export * from './lib/agenda.entity';
export * from './lib/agenda.service';
export * from './lib/conflicts';
export * from './lib/calendar-events';
