export * from './lib/mail.module';
export * from './lib/mail.service';
export * from './lib/outbox-message.entity';
export * from './lib/redact';
