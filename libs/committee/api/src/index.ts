export * from './lib/committee.module';
export * from './lib/meeting.entity';
