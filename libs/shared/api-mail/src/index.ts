export * from './lib/mail.module';
export * from './lib/mail.service';
export * from './lib/outbox-message.entity';
export * from './lib/redact';
export * from './lib/header-text';
export * from './lib/recipient-key';
export * from './lib/recipient-limit';
export * from './lib/recipient-mail-count.entity';
export { qrPng, sendableAttachment } from './lib/attachments';
