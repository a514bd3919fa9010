import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Public } from '@samverkan/identity/api';
import { ApiErrorBody, IdParam } from '@samverkan/shared/api-http';
import type { GroupMemberCreated, GroupRegistrationCreatedResponse, RegistrationGroupResponse } from '@samverkan/registrations/contract';
import { CreateGroupRegistrationDto, GroupMemberDto } from './dto/group.dto';
import * as R from './dto/group.responses';
import { GroupRegistrations } from './group-registrations.service';
import { RegistrationGroupQueries } from './registration-groups.queries';

const UNKNOWN_GROUP = { description: 'No group has this link.', type: ApiErrorBody };

@ApiTags('registrations')
@Controller()
export class GroupRegistrationsController {
  constructor(
    private readonly groups: GroupRegistrations,
    private readonly queries: RegistrationGroupQueries,
  ) {}

  @Post('conferences/:id/group-registrations')
  @Public()
  @ApiCreatedResponse({
    description: 'Everyone registered: seats to the first in the list, the rest waitlisted.',
    type: R.GroupRegistrationCreatedResponse,
  })
  @ApiConflictResponse({
    description: 'An e-mail address is twice in the group or already registered; nobody is registered.',
    type: ApiErrorBody,
  })
  @ApiUnprocessableEntityResponse({
    description: 'Registration is closed, the conference is not published or is cancelled.',
    type: ApiErrorBody,
  })
  register(@IdParam() id: string, @Body() body: CreateGroupRegistrationDto): Promise<GroupRegistrationCreatedResponse> {
    return this.groups.create(id, body);
  }

  @Get('registration-groups/:groupToken')
  @Public()
  @ApiOkResponse({ type: R.RegistrationGroupResponse })
  @ApiNotFoundResponse(UNKNOWN_GROUP)
  get(@Param('groupToken') token: string): Promise<RegistrationGroupResponse> {
    return this.queries.view(token);
  }

  @Post('registration-groups/:groupToken/members')
  @Public()
  @ApiCreatedResponse({ description: 'Added: a seat, or the waitlist.', type: R.GroupMemberCreated })
  @ApiNotFoundResponse(UNKNOWN_GROUP)
  @ApiConflictResponse({ description: 'The e-mail address is already registered for the conference.', type: ApiErrorBody })
  addMember(@Param('groupToken') token: string, @Body() body: GroupMemberDto): Promise<GroupMemberCreated> {
    return this.groups.addMember(token, body);
  }

  @Delete('registration-groups/:groupToken/members/:registrationId')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({
    description: 'The group after the cancellation; the seat goes to the first on the waitlist.',
    type: R.RegistrationGroupResponse,
  })
  @ApiNotFoundResponse(UNKNOWN_GROUP)
  cancelMember(@Param('groupToken') token: string, @IdParam('registrationId') registrationId: string): Promise<RegistrationGroupResponse> {
    return this.groups.cancelMember(token, registrationId);
  }
}
