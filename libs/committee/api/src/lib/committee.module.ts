import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProposalsModule } from '@samverkan/proposals/api';
import { StrategyModule } from '@samverkan/strategy/api';
import { DocumentParents } from '@samverkan/shared/api-documents';
import { MeetingItemDocumentPolicy } from './meeting-item-documents';
import { ActionItemsService } from './domain/action-items.service';
import { MeetingAgendaService } from './domain/meeting-agenda.service';
import { MeetingDecisionsService } from './domain/meeting-decisions.service';
import { MeetingNoticeService } from './domain/meeting-notice.service';
import { MeetingsService } from './domain/meetings.service';
import { MinutesPdfService } from './domain/minutes-pdf.service';
import { MinutesService } from './domain/minutes.service';
import { ActionItem, Meeting, MeetingItem, MeetingMinutesPdf, MeetingParticipant } from './meeting.entity';
import { MeetingsController } from './meetings.controller';
import { MeetingQueriesService } from './queries/meeting-queries.service';

export const COMMITTEE_ENTITIES = [Meeting, MeetingParticipant, MeetingItem, ActionItem, MeetingMinutesPdf];

@Module({
  imports: [TypeOrmModule.forFeature(COMMITTEE_ENTITIES), ProposalsModule, StrategyModule],
  controllers: [MeetingsController],
  providers: [
    MeetingQueriesService,
    MeetingsService,
    MeetingAgendaService,
    MeetingDecisionsService,
    MinutesService,
    MinutesPdfService,
    MeetingNoticeService,
    ActionItemsService,
    MeetingItemDocumentPolicy,
  ],
})
export class CommitteeModule implements OnModuleInit {
  constructor(
    private readonly parents: DocumentParents,
    private readonly meetingItemDocuments: MeetingItemDocumentPolicy,
  ) {}

  onModuleInit(): void {
    this.parents.register(this.meetingItemDocuments);
  }
}
