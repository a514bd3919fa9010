import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferencesModule } from '@samverkan/conferences/api';
import { REGISTRATION_OPTIONS, RegistrationLinks } from '@samverkan/registrations/api';
import { EvaluationController } from './evaluation.controller';
import { EvaluationAnswers } from './evaluation-answers.service';
import { EvaluationCopier } from './evaluation-copier';
import { EvaluationInvitations } from './evaluation-invitations.service';
import { EvaluationResultsService } from './evaluation-results.service';
import { EvaluationSchedule } from './evaluation-schedule';
import { EVALUATION_ENTITIES } from './evaluation.entity';
import { EVALUATION_OPTIONS, type EvaluationOptions } from './evaluation-options';

/**
 * The evaluation after a conference: participants answer through their manage link, staff read the
 * anonymous results, and `EvaluationInvitations.inviteEnded` mails the invitations, on the job queue every
 * quarter of an hour (`EvaluationSchedule`) or when staff press "send now".
 */
@Module({})
export class EvaluationModule {
  static register(options: EvaluationOptions): DynamicModule {
    return {
      module: EvaluationModule,
      imports: [TypeOrmModule.forFeature(EVALUATION_ENTITIES), ConferencesModule],
      controllers: [EvaluationController],
      providers: [
        { provide: EVALUATION_OPTIONS, useValue: options },
        // Manage links are looked up and made again the way the registrations domain makes them.
        { provide: REGISTRATION_OPTIONS, useValue: { publicUrl: options.publicUrl } },
        RegistrationLinks,
        EvaluationAnswers,
        EvaluationResultsService,
        EvaluationInvitations,
        EvaluationSchedule,
        EvaluationCopier,
      ],
      exports: [EvaluationInvitations],
    };
  }
}
