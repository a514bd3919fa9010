import { Body, Controller, Get, HttpCode, Ip, Patch, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, OptionalUser, Public, Requires, type AuthenticatedUser } from '@samverkan/identity/api';
import type {
  CallResponse,
  CallSubmissionConfirmedResponse,
  CallSubmissionReceivedResponse,
  CallSubmissionResponse,
} from '@samverkan/proposals/contract';
import { ApiErrorBody, IdParam } from '@samverkan/shared/api-http';
import { CallDecisionsService } from './call-decisions.service';
import { CallSubmissionsService } from './call-submissions.service';
import { CallsService } from './calls.service';
import { ConfirmCallSubmissionDto, CreateCallDto, CreateCallSubmissionDto, DeclineCallSubmissionDto, UpdateCallDto } from './dto/call.dto';
import * as R from './dto/call.responses';

/**
 * Open calls for proposals: staff open and close them (`calls.manage`), anyone sends a proposal while one
 * is open, the council reads the confirmed ones and decides (`calls.review`).
 */
@ApiTags('calls')
@Controller()
export class CallsController {
  constructor(
    private readonly calls: CallsService,
    private readonly submissions: CallSubmissionsService,
    private readonly decisions: CallDecisionsService,
  ) {}

  @Post('conferences/:id/calls')
  @Requires('calls.manage')
  @ApiCreatedResponse({ type: R.CallResponse })
  create(@IdParam() id: string, @Body() body: CreateCallDto, @CurrentUser() user: AuthenticatedUser): Promise<CallResponse> {
    return this.calls.create(id, body, user);
  }

  @Get('conferences/:id/calls')
  @Requires('calls.review')
  @ApiOkResponse({ type: R.CallResponse, isArray: true })
  list(@IdParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<CallResponse[]> {
    return this.calls.list(id, user);
  }

  @Get('calls')
  @Requires('calls.review')
  @ApiOkResponse({ type: R.CallResponse, isArray: true })
  listAll(): Promise<CallResponse[]> {
    return this.calls.listAll();
  }

  /** Public while open; staff see it always. */
  @Get('calls/:callId')
  @Public()
  @ApiOkResponse({ type: R.CallResponse })
  @ApiNotFoundResponse({ description: 'No such call, or it is not open and the caller is not staff.', type: ApiErrorBody })
  get(@IdParam('callId') callId: string, @OptionalUser() user?: AuthenticatedUser): Promise<CallResponse> {
    return this.calls.get(callId, user);
  }

  @Patch('calls/:callId')
  @Requires('calls.manage')
  @ApiOkResponse({ type: R.CallResponse })
  update(@IdParam('callId') callId: string, @Body() body: UpdateCallDto, @CurrentUser() user: AuthenticatedUser): Promise<CallResponse> {
    return this.calls.update(callId, body, user);
  }

  @Post('calls/:callId/close')
  @HttpCode(200)
  @Requires('calls.manage')
  @ApiOkResponse({ type: R.CallResponse })
  close(@IdParam('callId') callId: string, @CurrentUser() user: AuthenticatedUser): Promise<CallResponse> {
    return this.calls.close(callId, user);
  }

  @Post('calls/:callId/submissions')
  @HttpCode(202)
  @Public()
  @ApiAcceptedResponse({
    description: 'Received; it counts once the link mailed to the address is followed.',
    type: R.CallSubmissionReceivedResponse,
  })
  @ApiNotFoundResponse({ description: 'No such call open to the public.', type: ApiErrorBody })
  @ApiUnprocessableEntityResponse({
    description: 'The call is not open yet or closed; a focus area not among the call’s.',
    type: ApiErrorBody,
  })
  @ApiTooManyRequestsResponse({ description: 'Too many submissions from this address or for this e-mail address.', type: ApiErrorBody })
  submit(
    @IdParam('callId') callId: string,
    @Body() body: CreateCallSubmissionDto,
    @Ip() address: string,
  ): Promise<CallSubmissionReceivedResponse> {
    return this.submissions.submit(callId, body, address);
  }

  @Post('call-submissions/confirm')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ type: R.CallSubmissionConfirmedResponse })
  @ApiNotFoundResponse({ description: 'Unknown or expired link.', type: ApiErrorBody })
  confirm(@Body() body: ConfirmCallSubmissionDto): Promise<CallSubmissionConfirmedResponse> {
    return this.submissions.confirm(body.token);
  }

  @Get('calls/:callId/submissions')
  @Requires('calls.review')
  @ApiOkResponse({ type: R.CallSubmissionResponse, isArray: true })
  listSubmissions(@IdParam('callId') callId: string): Promise<CallSubmissionResponse[]> {
    return this.decisions.list(callId);
  }

  @Post('call-submissions/:id/accept')
  @HttpCode(200)
  @Requires('calls.review')
  @ApiOkResponse({ description: 'Accepted: `proposalId` is the council proposal made from it.', type: R.CallSubmissionResponse })
  @ApiConflictResponse({ description: 'Already decided.', type: ApiErrorBody })
  accept(@IdParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<CallSubmissionResponse> {
    return this.decisions.accept(id, user);
  }

  @Post('call-submissions/:id/decline')
  @HttpCode(200)
  @Requires('calls.review')
  @ApiOkResponse({ type: R.CallSubmissionResponse })
  @ApiConflictResponse({ description: 'Already decided.', type: ApiErrorBody })
  decline(
    @IdParam() id: string,
    @Body() body: DeclineCallSubmissionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CallSubmissionResponse> {
    return this.decisions.decline(id, body.reason, user);
  }
}
