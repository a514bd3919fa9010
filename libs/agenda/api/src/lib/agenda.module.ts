import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferencesModule } from '@samverkan/conferences/api';
import { ProgrammeGaps, ProposalsModule } from '@samverkan/proposals/api';
import { DocumentParents } from '@samverkan/shared/api-documents';
import { AgendaItemDocumentPolicy } from './agenda-item-documents';
import { AgendaController } from './agenda.controller';
import { AgendaItem, AgendaVersion, Room } from './agenda.entity';
import { AgendaItemsService } from './agenda-items.service';
import { AgendaService } from './agenda.service';
import { ProgrammeCopier } from './programme-copier';
import { PublishingService } from './publishing.service';
import { CoveragePreviewQueries } from './queries/coverage-preview';
import { DraftAgendaQueries } from './queries/draft-agenda';
import { PublicProgrammeQueries } from './queries/public-programme';
import { RoomsService } from './rooms.service';
import { AgendaItemSpeakerLink, Speaker, SpeakerInvitation } from './speakers/speaker.entity';
import { SpeakerDocumentPolicy } from './speakers/speaker-document-policy';
import { SpeakerInvitationsService } from './speakers/speaker-invitations.service';
import { SpeakersController } from './speakers/speakers.controller';
import { SpeakersService } from './speakers/speakers.service';

export const AGENDA_ENTITIES = [Room, AgendaItem, AgendaVersion, Speaker, AgendaItemSpeakerLink, SpeakerInvitation];

@Module({
  imports: [TypeOrmModule.forFeature(AGENDA_ENTITIES), ConferencesModule, ProposalsModule],
  controllers: [AgendaController, SpeakersController],
  providers: [
    AgendaService,
    RoomsService,
    AgendaItemsService,
    PublishingService,
    DraftAgendaQueries,
    CoveragePreviewQueries,
    PublicProgrammeQueries,
    ProgrammeCopier,
    SpeakersService,
    SpeakerInvitationsService,
    SpeakerDocumentPolicy,
    AgendaItemDocumentPolicy,
  ],
  exports: [AgendaService, PublishingService, SpeakerDocumentPolicy],
})
export class AgendaModule implements OnModuleInit {
  constructor(
    private readonly parents: DocumentParents,
    private readonly agendaItemDocuments: AgendaItemDocumentPolicy,
    private readonly speakerDocuments: SpeakerDocumentPolicy,
    private readonly programmeGaps: ProgrammeGaps,
    private readonly coverage: CoveragePreviewQueries,
  ) {}

  onModuleInit(): void {
    this.parents.register(this.agendaItemDocuments);
    this.parents.register(this.speakerDocuments);
    // The proposals' "fills a gap" marker needs the draft programmes' shares, which live here.
    this.programmeGaps.provide((manager, ids) => this.coverage.sharesOf(manager, ids));
  }
}
