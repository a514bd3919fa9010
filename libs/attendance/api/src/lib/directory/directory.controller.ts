import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { AttendeeDirectoryResponse } from '@samverkan/attendance/contract';
import { Public } from '@samverkan/identity/api';
import { ApiErrorBody } from '@samverkan/shared/api-http';
import * as R from '../dto/directory.responses';
import { DirectoryService } from './directory.service';

@ApiTags('attendance')
@Controller()
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('registrations/:token/attendees')
  @Public()
  @ApiOkResponse({ type: R.AttendeeDirectoryResponse })
  @ApiNotFoundResponse({ description: 'No registration has this manage token.', type: ApiErrorBody })
  @ApiForbiddenResponse({ description: 'The person is not shown on the attendee list themselves.', type: ApiErrorBody })
  @ApiUnprocessableEntityResponse({ description: 'The registration is waitlisted or cancelled.', type: ApiErrorBody })
  list(@Param('token') token: string): Promise<AttendeeDirectoryResponse> {
    return this.directory.list(token);
  }
}
