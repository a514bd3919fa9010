import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferencesModule } from '@samverkan/conferences/api';
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
  providers: [AgendaService, RoomsService, AgendaItemsService, PublishingService, DraftAgendaQueries, PublicProgrammeQueries, ProgrammeCopier],
  exports: [AgendaService, PublishingService],
})
export class AgendaModule {}
