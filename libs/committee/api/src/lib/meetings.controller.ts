import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  ActionItemResponse,
  CommitteePersonResponse,
  MeetingResponse,
  MeetingSummaryResponse,
  ThemeLineageResponse,
} from '@samverkan/committee/contract';
import { Authenticated, Requires, CurrentUser, OptionalUser, Public, type AuthenticatedUser } from '@samverkan/identity/api';
import { AuditEntrySchema, type AuditEntryResponse } from '@samverkan/shared/api-audit';
import { ApiErrorBody } from '@samverkan/shared/api-http';
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
import * as R from './dto/meeting.responses';
import { MeetingsService } from './meetings.service';


@ApiTags('committee')
@Controller()
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  /** Who can be called to a meeting (committee members may not read the admin's user list). */
  @Get('committee/people')
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.CommitteePersonResponse, isArray: true })
  people(): Promise<CommitteePersonResponse[]> {
    return this.meetings.people();
  }

  @Get('meetings')
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.MeetingSummaryResponse, isArray: true })
  list(): Promise<MeetingSummaryResponse[]> {
    return this.meetings.list();
  }

  @Post('meetings')
  @Requires('meetings.manage')
  @ApiCreatedResponse({ type: R.MeetingResponse })
  create(@Body() body: CreateMeetingDto, @CurrentUser() user: AuthenticatedUser): Promise<MeetingResponse> {
    return this.meetings.create(body, user);
  }

  /** Public declaration so that callers outside the committee get 404, not 401/403. */
  @Get('meetings/:id')
  @Public()
  @ApiOkResponse({ type: R.MeetingResponse })
  @ApiNotFoundResponse({ description: 'No such meeting, or the caller is not in the committee.', type: ApiErrorBody })
  get(@Param('id') id: string, @OptionalUser() user?: AuthenticatedUser): Promise<MeetingResponse> {
    return this.meetings.get(id, user);
  }

  @Patch('meetings/:id')
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.MeetingResponse })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateMeetingDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingResponse> {
    return this.meetings.update(id, body, user);
  }

  @Post('meetings/:id/items')
  @Requires('meetings.manage')
  @ApiCreatedResponse({ type: R.MeetingResponse })
  addItem(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddMeetingItemDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingResponse> {
    return this.meetings.addItem(id, body, user);
  }

  @Delete('meetings/:id/items/:itemId')
  @Requires('meetings.manage')
  @ApiOkResponse({ description: 'The meeting without the item.', type: R.MeetingResponse })
  removeItem(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingResponse> {
    return this.meetings.removeItem(id, itemId, user);
  }

  @Put('meetings/:id/items/order')
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.MeetingResponse })
  reorder(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReorderItemsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingResponse> {
    return this.meetings.reorder(id, body.itemIds, user);
  }

  @Put('meetings/:id/attendance')
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.MeetingResponse })
  attendance(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AttendanceDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingResponse> {
    return this.meetings.attendance(id, body.presentUserIds, user);
  }

  @Post('meetings/:id/items/:itemId/decision')
  @HttpCode(200)
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.MeetingResponse })
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
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.MeetingResponse })
  approve(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<MeetingResponse> {
    return this.meetings.approveMinutes(id, user);
  }

  @Post('meetings/:id/notice')
  @HttpCode(200)
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.MeetingResponse })
  notice(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<MeetingResponse> {
    return this.meetings.sendNotice(id, user);
  }

  @Get('meetings/:id/audit')
  @Public()
  @ApiOkResponse({ type: AuditEntrySchema, isArray: true })
  @ApiNotFoundResponse({ description: 'No such meeting, or the caller is not in the committee.', type: ApiErrorBody })
  auditLog(@Param('id') id: string, @OptionalUser() user?: AuthenticatedUser): Promise<AuditEntryResponse[]> {
    return this.meetings.auditLog(id, user);
  }

  @Get('action-items')
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.ActionItemResponse, isArray: true })
  actionItems(@Query() query: ActionItemQueryDto): Promise<ActionItemResponse[]> {
    return this.meetings.actionItems(query.status);
  }

  @Patch('action-items/:id')
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.ActionItemResponse })
  setActionItem(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CloseActionItemDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ActionItemResponse> {
    return this.meetings.setActionItemStatus(id, body.status, user);
  }

  @Get('conferences/:id/lineage')
  @Public()
  @ApiOkResponse({ type: R.ThemeLineageResponse, isArray: true })
  @ApiNotFoundResponse({ description: 'No such conference, or a draft and the caller is not staff.', type: ApiErrorBody })
  lineage(@Param('id', ParseUUIDPipe) id: string, @OptionalUser() user?: AuthenticatedUser): Promise<ThemeLineageResponse[]> {
    return this.meetings.lineage(id, user);
  }
}
