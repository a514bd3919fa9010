import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiNotFoundResponse, ApiOkResponse, ApiTags, getSchemaPath, ApiBadRequestResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Public, Requires, type AuthenticatedUser } from '@samverkan/identity/api';
import type { MessageDryRunResponse, MessageSentResponse, MessageSummary, MyMessage, ReminderResponse } from '@samverkan/messaging/contract';
import { ApiErrorBody, IdParam } from '@samverkan/shared/api-http';
import { PutRemindersDto, SendMessageDto } from './dto/message.dto';
import * as R from './dto/messaging.responses';
import { MessageCommands } from './message-commands.service';
import { MessageQueries } from './message-queries.service';
import { RemindersService } from './reminders.service';

@ApiTags('messaging')
@Controller()
export class MessagingController {
  constructor(
    private readonly commands: MessageCommands,
    private readonly queries: MessageQueries,
    private readonly reminders: RemindersService,
  ) {}

  @Post('conferences/:id/messages')
  @Requires('messages.send')
  @HttpCode(201)
  @ApiExtraModels(R.MessageDryRunResponse)
  @ApiOkResponse({ description: 'Dry run: how many it would reach and one rendered example; nothing stored.', schema: { $ref: getSchemaPath(R.MessageDryRunResponse) } })
  @ApiCreatedResponse({ description: 'Stored, one e-mail per recipient queued in the outbox.', type: R.MessageSentResponse })
  @ApiBadRequestResponse({ description: 'An unknown merge field (named in params.field), or invalid fields.', type: ApiErrorBody })
  async send(
    @IdParam() id: string,
    @Body() body: SendMessageDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MessageDryRunResponse | MessageSentResponse> {
    if (body.dryRun) res.status(200);
    return this.commands.send(id, user.id, body);
  }

  @Get('conferences/:id/messages')
  @Requires('messages.send')
  @ApiOkResponse({ type: R.MessageSummaryResponse, isArray: true })
  list(@IdParam() id: string): Promise<MessageSummary[]> {
    return this.queries.forConference(id);
  }

  @Get('conferences/:id/reminders')
  @Requires('messages.send')
  @ApiOkResponse({ type: R.ReminderResponse, isArray: true })
  reminderList(@IdParam() id: string): Promise<ReminderResponse[]> {
    return this.reminders.list(id);
  }

  @Put('conferences/:id/reminders')
  @Requires('messages.send')
  @ApiOkResponse({ description: 'All the conference reminders after the change, sent ones included.', type: R.ReminderResponse, isArray: true })
  replaceReminders(@IdParam() id: string, @Body() body: PutRemindersDto): Promise<ReminderResponse[]> {
    return this.reminders.replace(id, body);
  }

  @Get('registrations/:token/messages')
  @Public()
  @ApiOkResponse({ description: 'What was sent to this person, newest first.', type: R.MyMessageResponse, isArray: true })
  @ApiNotFoundResponse({ description: 'No registration has this manage token.', type: ApiErrorBody })
  mine(@Param('token') token: string): Promise<MyMessage[]> {
    return this.queries.forManageToken(token);
  }
}
