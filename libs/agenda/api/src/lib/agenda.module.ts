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

export const AGENDA_ENTITIES = [Room, AgendaItem, AgendaVersion];

@Module({
  imports: [TypeOrmModule.forFeature(AGENDA_ENTITIES), ConferencesModule],
  controllers: [AgendaController],
  providers: [AgendaService, RoomsService, AgendaItemsService, PublishingService, DraftAgendaQueries, PublicProgrammeQueries, ProgrammeCopier, AgendaItemDocumentPolicy],
  exports: [AgendaService, PublishingService],
})
export class AgendaModule implements OnModuleInit {
  constructor(
    private readonly parents: DocumentParents,
    private readonly agendaItemDocuments: AgendaItemDocumentPolicy,
  ) {}

  onModuleInit(): void {
    this.parents.register(this.agendaItemDocuments);
  }
}
