import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  ActionItemResponse,
  CommitteePersonResponse,
  MeetingResponse,
  MeetingSummaryResponse,
  ThemeLineageResponse,
} from '@samverkan/committee/contract';
import { Authenticated, CurrentUser, OptionalUser, Public, type AuthenticatedUser } from '@samverkan/identity/api';
import type { AuditEntryResponse } from '@samverkan/shared/api-audit';
import {
  ActionItemQueryDto,
  AddMeetingItemDto,
  AttendanceDto,
  CloseActionItemDto,
  CreateMeetingDto,
  RecordDecisionDto,
  ReorderItemsDto,
  UpdateMeetingDto,
} from './dto/meeting.dto';
import { MeetingsService } from './meetings.service';

const COMMITTEE = ['working-committee', 'admin'] as const;

@ApiTags('committee')
@Controller()
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  /** Who can be called to a meeting (committee members may not read the admin's user list). */
  @Get('committee/people')
  @Authenticated(...COMMITTEE)
  people(): Promise<CommitteePersonResponse[]> {
    return this.meetings.people();
  }

  @Get('meetings')
  @Authenticated(...COMMITTEE)
  list(): Promise<MeetingSummaryResponse[]> {
    return this.meetings.list();
  }

  @Post('meetings')
  @Authenticated(...COMMITTEE)
  create(@Body() body: CreateMeetingDto, @CurrentUser() user: AuthenticatedUser): Promise<MeetingResponse> {
    return this.meetings.create(body, user);
  }

  /** Public declaration so that callers outside the committee get 404, not 401/403. */
  @Get('meetings/:id')
  @Public()
  get(@Param('id') id: string, @OptionalUser() user?: AuthenticatedUser): Promise<MeetingResponse> {
    return this.meetings.get(id, user);
  }

  @Patch('meetings/:id')
  @Authenticated(...COMMITTEE)
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateMeetingDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingResponse> {
    return this.meetings.update(id, body, user);
  }

  @Post('meetings/:id/items')
  @Authenticated(...COMMITTEE)
  addItem(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddMeetingItemDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingResponse> {
    return this.meetings.addItem(id, body, user);
  }

  @Delete('meetings/:id/items/:itemId')
  @Authenticated(...COMMITTEE)
  removeItem(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingResponse> {
    return this.meetings.removeItem(id, itemId, user);
  }

  @Put('meetings/:id/items/order')
  @Authenticated(...COMMITTEE)
  reorder(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReorderItemsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingResponse> {
    return this.meetings.reorder(id, body.itemIds, user);
  }

  @Put('meetings/:id/attendance')
  @Authenticated(...COMMITTEE)
  attendance(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AttendanceDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingResponse> {
    return this.meetings.attendance(id, body.presentUserIds, user);
  }

  @Post('meetings/:id/items/:itemId/decision')
  @HttpCode(200)
  @Authenticated(...COMMITTEE)
  decide(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @Body() body: RecordDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingResponse> {
    return this.meetings.decide(id, itemId, body, user);
  }

  @Post('meetings/:id/minutes/approve')
  @HttpCode(200)
  @Authenticated(...COMMITTEE)
  approve(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<MeetingResponse> {
    return this.meetings.approveMinutes(id, user);
  }

  @Post('meetings/:id/notice')
  @HttpCode(200)
  @Authenticated(...COMMITTEE)
  notice(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<MeetingResponse> {
    return this.meetings.sendNotice(id, user);
  }

  @Get('meetings/:id/audit')
  @Public()
  auditLog(@Param('id') id: string, @OptionalUser() user?: AuthenticatedUser): Promise<AuditEntryResponse[]> {
    return this.meetings.auditLog(id, user);
  }

  @Get('action-items')
  @Authenticated(...COMMITTEE)
  actionItems(@Query() query: ActionItemQueryDto): Promise<ActionItemResponse[]> {
    return this.meetings.actionItems(query.status);
  }

  @Patch('action-items/:id')
  @Authenticated(...COMMITTEE)
  setActionItem(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CloseActionItemDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ActionItemResponse> {
    return this.meetings.setActionItemStatus(id, body.status, user);
  }

  @Get('conferences/:id/lineage')
  @Public()
  lineage(@Param('id', ParseUUIDPipe) id: string, @OptionalUser() user?: AuthenticatedUser): Promise<ThemeLineageResponse[]> {
    return this.meetings.lineage(id, user);
  }
}
