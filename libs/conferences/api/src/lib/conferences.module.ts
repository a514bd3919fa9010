import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Conference, Theme } from './conference.entity';
import { ConferenceEvents } from './conference-events';
import { ConferencesController } from './conferences.controller';
import { ConferenceChanges } from './conference-changes.service';
import { ConferenceCopier } from './copy/conference-copier.service';
import { ConferencesService } from './conferences.service';
import { ThemesService } from './themes.service';

export const CONFERENCES_ENTITIES = [Conference, Theme];

@Module({
  imports: [TypeOrmModule.forFeature(CONFERENCES_ENTITIES)],
  controllers: [ConferencesController],
  providers: [ConferencesService, ConferenceChanges, ThemesService, ConferenceEvents, ConferenceCopier],
  exports: [ConferencesService, ConferenceEvents],
})
export class ConferencesModule {}
