import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferencesModule } from '@samverkan/conferences/api';
import { REGISTRATION_OPTIONS, RegistrationLinks } from '@samverkan/registrations/api';
import { MessageDelivery } from './delivery';
import { ConferenceReminder, Message, MessageRecipient } from './message.entity';
import { MessageCommands } from './message-commands.service';
import { MessageQueries } from './message-queries.service';
import { MessagingController } from './messaging.controller';
import { Recipients } from './recipients';
import { ReminderSender } from './reminder-sender';
import { RemindersCopier } from './reminders-copier';
import { RemindersService } from './reminders.service';

export const MESSAGING_ENTITIES = [Message, MessageRecipient, ConferenceReminder];

export interface MessagingOptions {
  publicUrl: string;
}

/** Mail to participants and scheduled reminders (uses the global JobsModule and MailModule). */
@Module({})
export class MessagingModule {
  static register(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      imports: [TypeOrmModule.forFeature(MESSAGING_ENTITIES), ConferencesModule],
      controllers: [MessagingController],
      providers: [
        // Manage and programme links are made the way the registrations domain makes them.
        { provide: REGISTRATION_OPTIONS, useValue: { publicUrl: options.publicUrl } },
        RegistrationLinks,
        Recipients,
        MessageDelivery,
        MessageCommands,
        MessageQueries,
        RemindersService,
        ReminderSender,
        RemindersCopier,
      ],
      exports: [ReminderSender],
    };
  }
}
