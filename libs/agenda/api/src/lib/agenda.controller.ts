import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sendRepresentation } from '@samverkan/shared/api-http';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
import { Authenticated, CurrentUser, OptionalUser, Public, type AuthenticatedUser } from '@samverkan/identity/api';
import { AgendaService } from './agenda.service';
import { AgendaItemDto, PublishDto, RoomDto, UpdateAgendaItemDto, UpdateRoomDto } from './dto/agenda.dto';

const STAFF = ['working-committee', 'admin'] as const;

@ApiTags('agenda')
@Controller()
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @Get('conferences/:id/rooms')
  @Authenticated(...STAFF)
  rooms(@Param('id', ParseUUIDPipe) id: string): Promise<RoomResponse[]> {
    return this.agenda.rooms(id);
  }

  @Post('conferences/:id/rooms')
  @Authenticated(...STAFF)
  addRoom(@Param('id', ParseUUIDPipe) id: string, @Body() body: RoomDto): Promise<RoomResponse> {
    return this.agenda.addRoom(id, body);
  }

  @Patch('conferences/:id/rooms/:roomId')
  @Authenticated(...STAFF)
  updateRoom(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('roomId', ParseUUIDPipe) roomId: string,
    @Body() body: UpdateRoomDto,
  ): Promise<RoomResponse> {
    return this.agenda.updateRoom(id, roomId, body);
  }

  @Delete('conferences/:id/rooms/:roomId')
  @HttpCode(204)
  @Authenticated(...STAFF)
  removeRoom(@Param('id', ParseUUIDPipe) id: string, @Param('roomId', ParseUUIDPipe) roomId: string): Promise<void> {
    return this.agenda.removeRoom(id, roomId);
  }

  @Get('conferences/:id/agenda')
  @Authenticated(...STAFF)
  draft(@Param('id', ParseUUIDPipe) id: string): Promise<DraftAgendaResponse> {
    return this.agenda.draft(id);
  }

  @Post('conferences/:id/agenda/items')
  @Authenticated(...STAFF)
  createItem(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AgendaItemDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AgendaItemResponse> {
    return this.agenda.createItem(id, body, user);
  }

  @Patch('agenda-items/:itemId')
  @Authenticated(...STAFF)
  @ApiConflictResponse({ description: 'The edit was based on a stale version; the body carries the current item as `current`.' })
  updateItem(
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @Body() body: UpdateAgendaItemDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AgendaItemResponse> {
    return this.agenda.updateItem(itemId, body, user);
  }

  @Delete('agenda-items/:itemId')
  @HttpCode(204)
  @Authenticated(...STAFF)
  removeItem(@Param('itemId', ParseUUIDPipe) itemId: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.agenda.removeItem(itemId, user);
  }

  @Get('conferences/:id/agenda/candidates')
  @Authenticated(...STAFF)
  candidates(@Param('id', ParseUUIDPipe) id: string): Promise<AgendaCandidate[]> {
    return this.agenda.candidates(id);
  }

  @Post('conferences/:id/agenda/candidates/:proposalId')
  @Authenticated(...STAFF)
  importCandidate(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('proposalId', ParseUUIDPipe) proposalId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AgendaItemResponse> {
    return this.agenda.importCandidate(id, proposalId, user);
  }

  @Post('conferences/:id/agenda/publish')
  @HttpCode(200)
  @Authenticated(...STAFF)
  publish(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PublishDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PublishResult> {
    return this.agenda.publish(id, body.acknowledgeConflicts ?? false, user);
  }

  @Get('conferences/:id/programme')
  @Public()
  @ApiOkResponse({ description: 'ProgrammeResponse; ETag and 304 on If-None-Match.' })
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
  @ApiOkResponse({ description: 'SignupCountsResponse: places taken and capacity of each published session that needs sign-up.' })
  signups(@Param('id') id: string, @OptionalUser() user?: AuthenticatedUser): Promise<SignupCountsResponse> {
    return this.agenda.signupCounts(id, user);
  }

  @Get('conferences/:id/programme/changes')
  @Public()
  changelog(@Param('id') id: string, @OptionalUser() user?: AuthenticatedUser): Promise<ChangelogEntry[]> {
    return this.agenda.changelog(id, user);
  }

  @Get('agenda-items/:itemId')
  @Public()
  publishedItem(@Param('itemId', ParseUUIDPipe) itemId: string): Promise<PublishedItemResponse> {
    return this.agenda.publishedItem(itemId);
  }
}
