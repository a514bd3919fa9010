import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sendRepresentation } from '@samverkan/shared/api-http';
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
  DraftAgendaResponse,
  PublishedItemResponse,
  PublishResult,
  RoomResponse,
} from '@samverkan/agenda/contract';
import { Authenticated, Requires, CurrentUser, OptionalUser, Public, type AuthenticatedUser } from '@samverkan/identity/api';
import { ApiErrorBody } from '@samverkan/shared/api-http';
import { AgendaService } from './agenda.service';
import * as R from './dto/agenda.responses';
import { AgendaItemDto, PublishDto, RoomDto, UpdateAgendaItemDto, UpdateRoomDto } from './dto/agenda.dto';


@ApiTags('agenda')
@Controller()
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @Get('conferences/:id/rooms')
  @Requires('agenda.edit')
  @ApiOkResponse({ type: R.RoomResponse, isArray: true })
  rooms(@Param('id', ParseUUIDPipe) id: string): Promise<RoomResponse[]> {
    return this.agenda.rooms(id);
  }

  @Post('conferences/:id/rooms')
  @Requires('agenda.edit')
  @ApiCreatedResponse({ type: R.RoomResponse })
  addRoom(@Param('id', ParseUUIDPipe) id: string, @Body() body: RoomDto): Promise<RoomResponse> {
    return this.agenda.addRoom(id, body);
  }

  @Patch('conferences/:id/rooms/:roomId')
  @Requires('agenda.edit')
  @ApiOkResponse({ type: R.RoomResponse })
  updateRoom(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('roomId', ParseUUIDPipe) roomId: string,
    @Body() body: UpdateRoomDto,
  ): Promise<RoomResponse> {
    return this.agenda.updateRoom(id, roomId, body);
  }

  @Delete('conferences/:id/rooms/:roomId')
  @HttpCode(204)
  @Requires('agenda.edit')
  @ApiNoContentResponse({ description: 'The room is removed.' })
  removeRoom(@Param('id', ParseUUIDPipe) id: string, @Param('roomId', ParseUUIDPipe) roomId: string): Promise<void> {
    return this.agenda.removeRoom(id, roomId);
  }

  @Get('conferences/:id/agenda')
  @Requires('agenda.edit')
  @ApiOkResponse({ type: R.DraftAgendaResponse })
  draft(@Param('id', ParseUUIDPipe) id: string): Promise<DraftAgendaResponse> {
    return this.agenda.draft(id);
  }

  @Post('conferences/:id/agenda/items')
  @Requires('agenda.edit')
  @ApiCreatedResponse({ type: R.AgendaItemResponse })
  createItem(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AgendaItemDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AgendaItemResponse> {
    return this.agenda.createItem(id, body, user);
  }

  @Patch('agenda-items/:itemId')
  @Requires('agenda.edit')
  @ApiConflictResponse({
    description: 'The edit was based on a stale version; the body carries the current item as `current`.',
    type: R.StaleItemError,
  })
  @ApiOkResponse({ type: R.AgendaItemResponse })
  updateItem(
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @Body() body: UpdateAgendaItemDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AgendaItemResponse> {
    return this.agenda.updateItem(itemId, body, user);
  }

  @Delete('agenda-items/:itemId')
  @HttpCode(204)
  @Requires('agenda.edit')
  @ApiNoContentResponse({ description: 'The item is removed from the draft.' })
  removeItem(@Param('itemId', ParseUUIDPipe) itemId: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.agenda.removeItem(itemId, user);
  }

  @Get('conferences/:id/agenda/candidates')
  @Requires('agenda.edit')
  @ApiOkResponse({ type: R.AgendaCandidate, isArray: true })
  candidates(@Param('id', ParseUUIDPipe) id: string): Promise<AgendaCandidate[]> {
    return this.agenda.candidates(id);
  }

  @Post('conferences/:id/agenda/candidates/:proposalId')
  @Requires('agenda.edit')
  @ApiCreatedResponse({ type: R.AgendaItemResponse })
  importCandidate(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('proposalId', ParseUUIDPipe) proposalId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AgendaItemResponse> {
    return this.agenda.importCandidate(id, proposalId, user);
  }

  @Post('conferences/:id/agenda/publish')
  @HttpCode(200)
  @Requires('agenda.edit')
  @ApiOkResponse({ type: R.PublishResult })
  @ApiConflictResponse({ description: 'Nothing changed since the latest published version: no version is made.', type: ApiErrorBody })
  publish(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PublishDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PublishResult> {
    return this.agenda.publish(id, body.acknowledgeConflicts ?? false, user);
  }

  @Get('conferences/:id/programme')
  @Public()
  @ApiOkResponse({ description: 'The published programme; ETag and 304 on If-None-Match.', type: R.ProgrammeResponse })
  @ApiNotFoundResponse({ description: 'No published programme (unknown or draft conference).', type: ApiErrorBody })
  async programme(
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
    @OptionalUser() user?: AuthenticatedUser,
  ): Promise<void> {
    const programme = await this.agenda.programmeJson(id, user);
    sendRepresentation(req, res, programme, { contentType: 'application/json; charset=utf-8', cacheControl: 'public, max-age=60' });
  }

  @Get('conferences/:id/programme/signups')
  @Public()
  @ApiExtraModels(R.SignupCount)
  @ApiOkResponse({
    description: 'Places taken and capacity of each published session that needs sign-up, by agenda item id.',
    schema: { type: 'object', additionalProperties: { $ref: getSchemaPath(R.SignupCount) } },
  })
  signups(@Param('id') id: string, @OptionalUser() user?: AuthenticatedUser): Promise<SignupCountsResponse> {
    return this.agenda.signupCounts(id, user);
  }

  @Get('conferences/:id/programme/changes')
  @Public()
  @ApiOkResponse({ type: R.ChangelogEntry, isArray: true })
  changelog(@Param('id') id: string, @OptionalUser() user?: AuthenticatedUser): Promise<ChangelogEntry[]> {
    return this.agenda.changelog(id, user);
  }

  @Get('agenda-items/:itemId')
  @Public()
  @ApiOkResponse({ type: R.PublishedItemResponse })
  @ApiNotFoundResponse({ description: 'Not in any published programme.', type: ApiErrorBody })
  publishedItem(@Param('itemId', ParseUUIDPipe) itemId: string): Promise<PublishedItemResponse> {
    return this.agenda.publishedItem(itemId);
  }
}
