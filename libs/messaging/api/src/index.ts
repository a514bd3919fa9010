export * from './lib/messaging.module';
export * from './lib/message.entity';
export * from './lib/reminder-sender';
