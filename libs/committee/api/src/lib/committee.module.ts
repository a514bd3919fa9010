import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferencesModule } from '@samverkan/conferences/api';
import { ProposalsModule } from '@samverkan/proposals/api';
import { ActionItem, Meeting, MeetingItem, MeetingParticipant } from './meeting.entity';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

export const COMMITTEE_ENTITIES = [Meeting, MeetingParticipant, MeetingItem, ActionItem];

@Module({
  imports: [TypeOrmModule.forFeature(COMMITTEE_ENTITIES), ConferencesModule, ProposalsModule],
  controllers: [MeetingsController],
  providers: [MeetingsService],
})
export class CommitteeModule {}
