import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MAIL_OPTIONS, MailService, type MailOptions } from './mail.service';
import { OutboxMessage } from './outbox-message.entity';
import { RecipientLimit } from './recipient-limit';
import { RecipientMailCount } from './recipient-mail-count.entity';

export const MAIL_ENTITIES = [OutboxMessage, RecipientMailCount];

@Module({})
export class MailModule {
  static register(options: MailOptions): DynamicModule {
    return {
      module: MailModule,
      global: true,
      imports: [TypeOrmModule.forFeature(MAIL_ENTITIES)],
      providers: [{ provide: MAIL_OPTIONS, useValue: options }, MailService, RecipientLimit],
      exports: [MailService, RecipientLimit],
    };
  }
}
