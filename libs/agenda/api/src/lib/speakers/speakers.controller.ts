import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { SpeakerInvitationResponse, SpeakerInvitationSent, SpeakerResponse } from '@samverkan/agenda/contract';
import { CurrentUser, Public, Requires, type AuthenticatedUser } from '@samverkan/identity/api';
import { ApiErrorBody, IdParam } from '@samverkan/shared/api-http';
import * as R from './dto/speakers.responses';
import {
  MergeSpeakersDto,
  CreateSpeakerDto,
  SpeakerInvitationAnswerDto,
  SpeakerInvitationDto,
  SpeakerSearchDto,
  UpdateSpeakerDto,
} from './dto/speakers.dto';
import { SpeakerInvitationsService } from './speaker-invitations.service';
import { SpeakersService } from './speakers.service';

/** The speaker register (staff) and the invitations: sent by staff, answered by the speaker through their link. */
@ApiTags('speakers')
@Controller()
export class SpeakersController {
  constructor(
    private readonly speakers: SpeakersService,
    private readonly invitations: SpeakerInvitationsService,
  ) {}

  @Get('speakers')
  @Requires('agenda.edit')
  @ApiOkResponse({ type: R.SpeakerResponse, isArray: true })
  list(@Query() query: SpeakerSearchDto): Promise<SpeakerResponse[]> {
    return this.speakers.list(query.q || undefined);
  }

  @Post('speakers')
  @Requires('agenda.edit')
  @ApiCreatedResponse({ type: R.SpeakerResponse })
  create(@Body() body: CreateSpeakerDto, @CurrentUser() user: AuthenticatedUser): Promise<SpeakerResponse> {
    return this.speakers.create(body, user);
  }

  @Get('speakers/:id')
  @Requires('agenda.edit')
  @ApiOkResponse({ type: R.SpeakerResponse })
  get(@IdParam() id: string): Promise<SpeakerResponse> {
    return this.speakers.get(id);
  }

  @Patch('speakers/:id')
  @Requires('agenda.edit')
  @ApiOkResponse({ type: R.SpeakerResponse })
  update(@IdParam() id: string, @Body() body: UpdateSpeakerDto, @CurrentUser() user: AuthenticatedUser): Promise<SpeakerResponse> {
    return this.speakers.update(id, body, user);
  }

  @Post('speakers/:id/merge')
  @HttpCode(200)
  @Requires('agenda.edit')
  @ApiOkResponse({ description: 'The entry that stays, with the merged one\'s links and invitations.', type: R.SpeakerResponse })
  merge(@IdParam() id: string, @Body() body: MergeSpeakersDto, @CurrentUser() user: AuthenticatedUser): Promise<SpeakerResponse> {
    return this.speakers.merge(id, body, user);
  }

  @Post('agenda-items/:itemId/speakers/:speakerId/invitation')
  @HttpCode(200)
  @Requires('agenda.edit')
  @ApiOkResponse({ description: 'The mail with a new link is in the outbox; an earlier link stops working.', type: R.SpeakerInvitationSent })
  @ApiNotFoundResponse({ description: 'The speaker is not on the item.', type: ApiErrorBody })
  invite(
    @IdParam('itemId') itemId: string,
    @IdParam('speakerId') speakerId: string,
    @Body() body: SpeakerInvitationDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SpeakerInvitationSent> {
    return this.invitations.invite(itemId, speakerId, body, user);
  }

  @Get('speaker-invitations/:token')
  @Public()
  @ApiOkResponse({ type: R.SpeakerInvitationResponse })
  @ApiNotFoundResponse({ description: 'No current invitation has this link.', type: ApiErrorBody })
  invitation(@Param('token') token: string): Promise<SpeakerInvitationResponse> {
    return this.invitations.view(token);
  }

  @Post('speaker-invitations/:token/answer')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ type: R.SpeakerInvitationResponse })
  @ApiNotFoundResponse({ description: 'No current invitation has this link.', type: ApiErrorBody })
  answer(@Param('token') token: string, @Body() body: SpeakerInvitationAnswerDto): Promise<SpeakerInvitationResponse> {
    return this.invitations.answer(token, body);
  }
}
