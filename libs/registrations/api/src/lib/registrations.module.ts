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
import { ConferenceQuestion, RegistrationAnswer } from './questions/question.entity';
import { QuestionsController } from './questions/questions.controller';
import { QuestionsService } from './questions/questions.service';
import { RegistrationAnswers } from './questions/registration-answers';
import { RegistrationWriter } from './registration-writer';
import { RegistrationGroup, RegistrationGroupMember } from './registration-group.entity';
import { GroupRegistrationsController } from './group-registrations.controller';
import { GroupRegistrations } from './group-registrations.service';
import { RegistrationGroupQueries } from './registration-groups.queries';
import { ConferenceSeat, SessionSeat } from './seat.entity';
import { FEES_ENTITIES } from './fees/fee.entity';
import { FeesController } from './fees/fees.controller';
import { FeesService } from './fees/fees.service';
import { InvoiceBasisService } from './fees/invoice-basis.service';
import { RegistrationFees } from './fees/registration-fees';

export const REGISTRATIONS_ENTITIES = [
  Registration,
  ConferenceSeat,
  SessionSeat,
  RegistrationEvent,
  SessionSignup,
  SessionWithdrawal,
  ConferenceQuestion,
  RegistrationAnswer,
  RegistrationGroup,
  RegistrationGroupMember,
  ...FEES_ENTITIES,
];

@Module({})
export class RegistrationsModule {
  static register(options: RegistrationOptions): DynamicModule {
    return {
      module: RegistrationsModule,
      imports: [TypeOrmModule.forFeature(REGISTRATIONS_ENTITIES), ConferencesModule, AgendaModule],
      controllers: [RegistrationsController, GroupRegistrationsController, OutboxController, QuestionsController, FeesController],
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
        RegistrationAnswers,
        QuestionsService,
        RegistrationWriter,
        GroupRegistrations,
        RegistrationGroupQueries,
        RegistrationFees,
        FeesService,
        InvoiceBasisService,
      ],
      exports: [RegistrationsService, RetentionService, RegistrationLinks, CheckInCodes, RegistrationAnswers, RegistrationFees],
    };
  }
}
