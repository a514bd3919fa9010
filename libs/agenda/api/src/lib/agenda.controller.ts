import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type {
  SignupCountsResponse,
  AgendaCandidate,
  AgendaItemResponse,
  ChangelogEntry,
  CoveragePreview,
  DraftAgendaResponse,
  PublishedItemResponse,
  PublishResult,
  RoomResponse,
} from '@samverkan/agenda/contract';
import { CurrentUser, OptionalUser, Public, Requires, type AuthenticatedUser } from '@samverkan/identity/api';
import { ApiErrorBody, IdParam, sendRepresentation, Shareable } from '@samverkan/shared/api-http';
import { AgendaItemsService } from './agenda-items.service';
import { PublishingService } from './publishing.service';
import { CoveragePreviewQueries } from './queries/coverage-preview';
import { DraftAgendaQueries } from './queries/draft-agenda';
import { PublicProgrammeQueries } from './queries/public-programme';
import { RoomsService } from './rooms.service';
import * as R from './dto/agenda.responses';
import { AgendaItemDto, PublishDto, RoomDto, UpdateAgendaItemDto, UpdateRoomDto } from './dto/agenda.dto';

@ApiTags('agenda')
@Controller()
export class AgendaController {
  constructor(
    private readonly roomsService: RoomsService,
    private readonly items: AgendaItemsService,
    private readonly publishing: PublishingService,
    private readonly drafts: DraftAgendaQueries,
    private readonly programmes: PublicProgrammeQueries,
    private readonly coverage: CoveragePreviewQueries,
  ) {}

  @Get('conferences/:id/rooms')
  @Requires('agenda.edit')
  @ApiOkResponse({ type: R.RoomResponse, isArray: true })
  rooms(@IdParam() id: string): Promise<RoomResponse[]> {
    return this.drafts.rooms(id);
  }

  @Post('conferences/:id/rooms')
  @Requires('agenda.edit')
  @ApiCreatedResponse({ type: R.RoomResponse })
  addRoom(@IdParam() id: string, @Body() body: RoomDto): Promise<RoomResponse> {
    return this.roomsService.add(id, body);
  }

  @Patch('conferences/:id/rooms/:roomId')
  @Requires('agenda.edit')
  @ApiOkResponse({ type: R.RoomResponse })
  updateRoom(
    @IdParam() id: string,
    @IdParam('roomId') roomId: string,
    @Body() body: UpdateRoomDto,
  ): Promise<RoomResponse> {
    return this.roomsService.update(id, roomId, body);
  }

  @Delete('conferences/:id/rooms/:roomId')
  @HttpCode(204)
  @Requires('agenda.edit')
  @ApiNoContentResponse({ description: 'The room is removed.' })
  removeRoom(@IdParam() id: string, @IdParam('roomId') roomId: string): Promise<void> {
    return this.roomsService.remove(id, roomId);
  }

  @Get('conferences/:id/agenda')
  @Requires('agenda.edit')
  @ApiOkResponse({ type: R.DraftAgendaResponse })
  draft(@IdParam() id: string): Promise<DraftAgendaResponse> {
    return this.drafts.draft(id);
  }

  @Post('conferences/:id/agenda/items')
  @Requires('agenda.edit')
  @ApiCreatedResponse({ type: R.AgendaItemResponse })
  createItem(
    @IdParam() id: string,
    @Body() body: AgendaItemDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AgendaItemResponse> {
    return this.items.create(id, body, user);
  }

  @Patch('agenda-items/:itemId')
  @Requires('agenda.edit')
  @ApiConflictResponse({
    description: 'The edit was based on a stale version; the body carries the current item as `current`.',
    type: R.StaleItemError,
  })
  @ApiOkResponse({ type: R.AgendaItemResponse })
  updateItem(
    @IdParam('itemId') itemId: string,
    @Body() body: UpdateAgendaItemDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AgendaItemResponse> {
    return this.items.update(itemId, body, user);
  }

  @Delete('agenda-items/:itemId')
  @HttpCode(204)
  @Requires('agenda.edit')
  @ApiNoContentResponse({ description: 'The item is removed from the draft.' })
  removeItem(@IdParam('itemId') itemId: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.items.remove(itemId, user);
  }

  @Get('conferences/:id/agenda/candidates')
  @Requires('agenda.edit')
  @ApiOkResponse({ type: R.AgendaCandidate, isArray: true })
  candidates(@IdParam() id: string): Promise<AgendaCandidate[]> {
    return this.drafts.candidates(id);
  }

  @Post('conferences/:id/agenda/candidates/:proposalId')
  @Requires('agenda.edit')
  @ApiCreatedResponse({ type: R.AgendaItemResponse })
  importCandidate(
    @IdParam() id: string,
    @IdParam('proposalId') proposalId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AgendaItemResponse> {
    return this.items.importCandidate(id, proposalId, user);
  }

  @Get('conferences/:id/agenda/coverage-preview')
  @Requires('agenda.edit')
  @ApiOkResponse({ description: "Each focus area's share of the draft's programme time; the short ones are warned of before publishing.", type: R.CoveragePreview })
  coveragePreview(@IdParam() id: string): Promise<CoveragePreview> {
    return this.coverage.preview(id);
  }

  @Post('conferences/:id/agenda/publish')
  @HttpCode(200)
  @Requires('agenda.edit')
  @ApiOkResponse({ type: R.PublishResult })
  @ApiConflictResponse({ description: 'Nothing changed since the latest published version: no version is made.', type: ApiErrorBody })
  publish(
    @IdParam() id: string,
    @Body() body: PublishDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PublishResult> {
    return this.publishing.publish(id, body.acknowledgeConflicts ?? false, user);
  }

  @Get('conferences/:id/programme')
  @Public()
  @ApiOkResponse({ description: 'The published programme; ETag and 304 on If-None-Match.', type: R.ProgrammeResponse })
  @ApiNotFoundResponse({ description: 'No published programme (unknown or draft conference).', type: ApiErrorBody })
  async programme(
    @IdParam() id: string,
    @Req() req: Request,
    @Res() res: Response,
    @OptionalUser() user?: AuthenticatedUser,
  ): Promise<void> {
    const programme = await this.programmes.programmeJson(id, user);
    sendRepresentation(req, res, programme, { contentType: 'application/json; charset=utf-8', cacheControl: 'public, max-age=60' });
  }

  @Get('conferences/:id/programme/signups')
  @Public()
  @Shareable()
  @ApiExtraModels(R.SignupCount)
  @ApiOkResponse({
    description: 'Places taken and capacity of each published session that needs sign-up, by agenda item id.',
    schema: { type: 'object', additionalProperties: { $ref: getSchemaPath(R.SignupCount) } },
  })
  signups(@IdParam() id: string, @OptionalUser() user?: AuthenticatedUser): Promise<SignupCountsResponse> {
    return this.programmes.signupCounts(id, user);
  }

  @Get('conferences/:id/programme/changes')
  @Public()
  @Shareable()
  @ApiOkResponse({ type: R.ChangelogEntry, isArray: true })
  changelog(@IdParam() id: string, @OptionalUser() user?: AuthenticatedUser): Promise<ChangelogEntry[]> {
    return this.programmes.changelog(id, user);
  }

  @Get('agenda-items/:itemId')
  @Public()
  @Shareable()
  @ApiOkResponse({ type: R.PublishedItemResponse })
  @ApiNotFoundResponse({ description: 'Not in any published programme.', type: ApiErrorBody })
  publishedItem(@IdParam('itemId') itemId: string): Promise<PublishedItemResponse> {
    return this.programmes.publishedItem(itemId);
  }
}
