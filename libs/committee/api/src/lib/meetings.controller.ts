import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { ActionItemResponse, CommitteePersonResponse, MeetingResponse, MeetingSummaryResponse } from '@samverkan/committee/contract';
import { CurrentUser, Requires, VisibleTo, type AuthenticatedUser } from '@samverkan/identity/api';
import { AuditEntrySchema, type AuditEntryResponse } from '@samverkan/shared/api-audit';
import { ApiErrorBody, IdParam } from '@samverkan/shared/api-http';
import { ActionItemsService } from './domain/action-items.service';
import { MeetingAgendaService } from './domain/meeting-agenda.service';
import { MeetingDecisionsService } from './domain/meeting-decisions.service';
import { MeetingNoticeService } from './domain/meeting-notice.service';
import { MeetingsService } from './domain/meetings.service';
import { MinutesPdfService } from './domain/minutes-pdf.service';
import { MinutesService } from './domain/minutes.service';
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
import { MeetingQueriesService } from './queries/meeting-queries.service';

/** Every route is for those who manage meetings; reads of one meeting are 404 to everyone else. Changes answer with the meeting as it is now. */
@ApiTags('committee')
@Controller()
export class MeetingsController {
  constructor(
    private readonly queries: MeetingQueriesService,
    private readonly meetings: MeetingsService,
    private readonly agenda: MeetingAgendaService,
    private readonly decisions: MeetingDecisionsService,
    private readonly minutes: MinutesService,
    private readonly minutesPdfs: MinutesPdfService,
    private readonly notice: MeetingNoticeService,
    private readonly actions: ActionItemsService,
  ) {}

  /** Who can be called to a meeting (committee members may not read the admin's user list). */
  @Get('committee/people')
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.CommitteePersonResponse, isArray: true })
  people(): Promise<CommitteePersonResponse[]> {
    return this.queries.people();
  }

  @Get('meetings')
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.MeetingSummaryResponse, isArray: true })
  list(): Promise<MeetingSummaryResponse[]> {
    return this.queries.list();
  }

  @Post('meetings')
  @Requires('meetings.manage')
  @ApiCreatedResponse({ type: R.MeetingResponse })
  async create(@Body() body: CreateMeetingDto, @CurrentUser() user: AuthenticatedUser): Promise<MeetingResponse> {
    return this.queries.get(await this.meetings.create(body, user));
  }

  @Get('meetings/:id')
  @VisibleTo('meetings.manage')
  @ApiOkResponse({ type: R.MeetingResponse })
  get(@IdParam() id: string): Promise<MeetingResponse> {
    return this.queries.get(id);
  }

  @Patch('meetings/:id')
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.MeetingResponse })
  async update(@IdParam() id: string, @Body() body: UpdateMeetingDto, @CurrentUser() user: AuthenticatedUser): Promise<MeetingResponse> {
    return this.queries.get(await this.meetings.update(id, body, user));
  }

  @Post('meetings/:id/items')
  @Requires('meetings.manage')
  @ApiCreatedResponse({ type: R.MeetingResponse })
  async addItem(@IdParam() id: string, @Body() body: AddMeetingItemDto, @CurrentUser() user: AuthenticatedUser): Promise<MeetingResponse> {
    return this.queries.get(await this.agenda.addItem(id, body, user));
  }

  @Delete('meetings/:id/items/:itemId')
  @Requires('meetings.manage')
  @ApiOkResponse({ description: 'The meeting without the item.', type: R.MeetingResponse })
  async removeItem(
    @IdParam() id: string,
    @IdParam('itemId') itemId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingResponse> {
    return this.queries.get(await this.agenda.removeItem(id, itemId, user));
  }

  @Put('meetings/:id/items/order')
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.MeetingResponse })
  async reorder(@IdParam() id: string, @Body() body: ReorderItemsDto, @CurrentUser() user: AuthenticatedUser): Promise<MeetingResponse> {
    return this.queries.get(await this.agenda.reorder(id, body.itemIds, user));
  }

  @Put('meetings/:id/attendance')
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.MeetingResponse })
  async attendance(@IdParam() id: string, @Body() body: AttendanceDto, @CurrentUser() user: AuthenticatedUser): Promise<MeetingResponse> {
    return this.queries.get(await this.meetings.attendance(id, body.presentUserIds, user));
  }

  @Post('meetings/:id/items/:itemId/decision')
  @HttpCode(200)
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.MeetingResponse })
  async decide(
    @IdParam() id: string,
    @IdParam('itemId') itemId: string,
    @Body() body: RecordDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingResponse> {
    return this.queries.get(await this.decisions.decide(id, itemId, body, user));
  }

  @Post('meetings/:id/minutes/approve')
  @HttpCode(200)
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.MeetingResponse })
  async approve(@IdParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<MeetingResponse> {
    return this.queries.get(await this.minutes.approve(id, user));
  }

  @Post('meetings/:id/notice')
  @HttpCode(200)
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.MeetingResponse })
  async sendNotice(@IdParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<MeetingResponse> {
    return this.queries.get(await this.notice.send(id, user));
  }

  /** The justerat minutes as the PDF made at justering. */
  @Get('meetings/:id/minutes.pdf')
  @VisibleTo('meetings.manage')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The justerat minutes (PDF), as made at justering.', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: 'No such meeting (or not for the caller).', type: ApiErrorBody })
  @ApiUnprocessableEntityResponse({
    description: 'The minutes are not justerat yet (`committee.minutes-not-adjusted`).',
    type: ApiErrorBody,
  })
  async minutesPdf(@IdParam() id: string, @Res() res: Response): Promise<void> {
    const file = await this.minutesPdfs.file(id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Length', String(file.body.length));
    res.end(file.body);
  }

  @Get('meetings/:id/audit')
  @VisibleTo('meetings.manage')
  @ApiOkResponse({ type: AuditEntrySchema, isArray: true })
  auditLog(@IdParam() id: string): Promise<AuditEntryResponse[]> {
    return this.queries.auditLog(id);
  }

  @Get('action-items')
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.ActionItemResponse, isArray: true })
  actionItems(@Query() query: ActionItemQueryDto): Promise<ActionItemResponse[]> {
    return this.queries.actionItems(query.status);
  }

  @Patch('action-items/:id')
  @Requires('meetings.manage')
  @ApiOkResponse({ type: R.ActionItemResponse })
  async setActionItem(
    @IdParam() id: string,
    @Body() body: CloseActionItemDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ActionItemResponse> {
    return this.queries.actionItem(await this.actions.setStatus(id, body.status, user));
  }
}
