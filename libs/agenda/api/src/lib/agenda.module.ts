import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferencesModule } from '@samverkan/conferences/api';
import { DocumentParents } from '@samverkan/shared/api-documents';
import { AgendaItemDocumentPolicy } from './agenda-item-documents';
import { AgendaController } from './agenda.controller';
import { AgendaItem, AgendaVersion, Room } from './agenda.entity';
import { AgendaItemsService } from './agenda-items.service';
import { AgendaService } from './agenda.service';
import { ProgrammeCopier } from './programme-copier';
import { PublishingService } from './publishing.service';
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
  imports: [TypeOrmModule.forFeature(AGENDA_ENTITIES), ConferencesModule],
  controllers: [AgendaController, SpeakersController],
  providers: [
    AgendaService,
    RoomsService,
    AgendaItemsService,
    PublishingService,
    DraftAgendaQueries,
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
  ) {}

  onModuleInit(): void {
    this.parents.register(this.agendaItemDocuments);
    this.parents.register(this.speakerDocuments);
  }
}
