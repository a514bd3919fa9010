import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferencesModule } from '@samverkan/conferences/api';
import { AgendaModule } from '@samverkan/agenda/api';
import { SessionsService } from './sessions.service';
import { AttendeesService } from './attendees.service';
import { OutboxReader } from './outbox.reader';
import { Registration, RegistrationEvent, SessionSignup, SessionWithdrawal } from './registration.entity';
import { REGISTRATION_OPTIONS, type RegistrationOptions } from './registration-options';
import { OutboxController, RegistrationsController } from './registrations.controller';
import { RegistrationsService } from './registrations.service';
import { RegistrationChanges } from './registration-changes.service';
import { RegistrationQueries } from './registration-queries.service';
import { RegistrationMailContexts } from './registration-mail-context';
import { WaitlistService } from './waitlist.service';
import { RetentionService } from './retention.service';
import { RegistrationLinks } from './registration-links';
import { CheckInCodes } from './check-in-codes';
import { FEES_ENTITIES } from './fees/fee.entity';
import { FeesController } from './fees/fees.controller';
import { FeesService } from './fees/fees.service';
import { InvoiceBasisService } from './fees/invoice-basis.service';
import { RegistrationFees } from './fees/registration-fees';

export const REGISTRATIONS_ENTITIES = [Registration, RegistrationEvent, SessionSignup, SessionWithdrawal, ...FEES_ENTITIES];

@Module({})
export class RegistrationsModule {
  static register(options: RegistrationOptions): DynamicModule {
    return {
      module: RegistrationsModule,
      imports: [TypeOrmModule.forFeature(REGISTRATIONS_ENTITIES), ConferencesModule, AgendaModule],
      controllers: [RegistrationsController, OutboxController, FeesController],
      providers: [
        { provide: REGISTRATION_OPTIONS, useValue: options },
        RegistrationsService,
        RegistrationQueries,
        RegistrationChanges,
        RegistrationMailContexts,
        WaitlistService,
        AttendeesService,
        RetentionService,
        OutboxReader,
        SessionsService,
        RegistrationLinks,
        CheckInCodes,
        RegistrationFees,
        FeesService,
        InvoiceBasisService,
      ],
      exports: [RegistrationsService, RetentionService, RegistrationLinks, CheckInCodes, RegistrationFees],
    };
  }
}
