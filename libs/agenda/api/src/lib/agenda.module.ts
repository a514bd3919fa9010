import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferencesModule } from '@samverkan/conferences/api';
import { AgendaController } from './agenda.controller';
import { AgendaItem, AgendaVersion, Room } from './agenda.entity';
import { AgendaService } from './agenda.service';

export const AGENDA_ENTITIES = [Room, AgendaItem, AgendaVersion];

@Module({
  imports: [TypeOrmModule.forFeature(AGENDA_ENTITIES), ConferencesModule],
  controllers: [AgendaController],
  providers: [AgendaService],
  exports: [AgendaService],
})
export class AgendaModule {}
