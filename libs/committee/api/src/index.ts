export * from './lib/committee.module';
export * from './lib/meeting.entity';
export * from './lib/meetings.service';
