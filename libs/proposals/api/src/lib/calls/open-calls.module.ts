import { DocumentParents } from '@samverkan/shared/api-documents';
import { DynamicModule, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferencesModule } from '@samverkan/conferences/api';
import { CALL_ENTITIES } from './call.entity';
import { CallDecisionsService } from './call-decisions.service';
import { CallSubmissionDocumentPolicy } from './call-submission-document.policy';
import { CallSubmissionsService } from './call-submissions.service';
import { CallsController } from './calls.controller';
import { CallsService } from './calls.service';
import { OPEN_CALL_OPTIONS, type OpenCallOptions } from './open-call-options';
import { SubmissionLimits } from './submission-limits';

/** Open calls for proposals (part of the proposals domain; its entities are in PROPOSALS_ENTITIES). */
@Module({})
export class OpenCallsModule implements OnModuleInit {
  constructor(
    private readonly parents: DocumentParents,
    private readonly submissionDocuments: CallSubmissionDocumentPolicy,
  ) {}

  /** Files sent with a submission: the sender once through the upload token, then `calls.review`. */
  onModuleInit(): void {
    this.parents.register(this.submissionDocuments);
  }

  static register(options: OpenCallOptions): DynamicModule {
    return {
      module: OpenCallsModule,
      imports: [TypeOrmModule.forFeature(CALL_ENTITIES), ConferencesModule],
      controllers: [CallsController],
      providers: [
        { provide: OPEN_CALL_OPTIONS, useValue: options },
        CallsService,
        CallSubmissionsService,
        CallDecisionsService,
        SubmissionLimits,
        CallSubmissionDocumentPolicy,
      ],
      exports: [CallSubmissionDocumentPolicy],
    };
  }
}
