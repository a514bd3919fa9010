import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { CheckInResponse, CheckInSearchResponse, CheckInSummaryResponse, CheckInUndoneResponse } from '@samverkan/attendance/contract';
import { CurrentUser, Requires, type AuthenticatedUser } from '@samverkan/identity/api';
import { ApiErrorBody, IdParam } from '@samverkan/shared/api-http';
import { CheckInByCodeDto, CheckInSearchQueryDto } from '../dto/check-in.dto';
import * as R from '../dto/check-in.responses';
import { CheckInQueries } from './check-in-queries.service';
import { CheckInsService } from './check-ins.service';

const REFUSED = 'The person is waitlisted (attendance.waitlisted), cancelled (attendance.cancelled) or anonymised (attendance.anonymised).';

/** Check-in at the conference door (`attendance.check-in`). */
@ApiTags('attendance')
@Controller('conferences/:id/check-ins')
export class CheckInsController {
  constructor(
    private readonly checkIns: CheckInsService,
    private readonly queries: CheckInQueries,
  ) {}

  @Post()
  @HttpCode(200)
  @Requires('attendance.check-in')
  @ApiOkResponse({ description: 'Checked in now, or already (alreadyCheckedIn, with when and by whom).', type: R.CheckInResponse })
  @ApiNotFoundResponse({ description: 'No registration at this conference has the code (attendance.unknown-code).', type: ApiErrorBody })
  @ApiUnprocessableEntityResponse({ description: REFUSED, type: ApiErrorBody })
  byCode(@IdParam() id: string, @Body() body: CheckInByCodeDto, @CurrentUser() user: AuthenticatedUser): Promise<CheckInResponse> {
    return this.checkIns.byCode(id, body.code, user.id);
  }

  @Get('search')
  @Requires('attendance.check-in')
  @ApiOkResponse({ description: 'Confirmed and waitlisted people whose name or organisation holds every word (at most 20).', type: R.CheckInSearchResponse })
  search(@IdParam() id: string, @Query() query: CheckInSearchQueryDto): Promise<CheckInSearchResponse> {
    return this.queries.search(id, query.q);
  }

  @Get('summary')
  @Requires('attendance.check-in')
  @ApiOkResponse({ description: 'Confirmed people and how many of them are checked in.', type: R.CheckInSummaryResponse })
  summary(@IdParam() id: string): Promise<CheckInSummaryResponse> {
    return this.queries.summary(id);
  }

  @Put(':registrationId')
  @Requires('attendance.check-in')
  @ApiOkResponse({ description: 'Checks in the registration found by name, by the same rule as a code.', type: R.CheckInResponse })
  @ApiNotFoundResponse({ description: 'No such registration at this conference (attendance.not-found).', type: ApiErrorBody })
  @ApiUnprocessableEntityResponse({ description: REFUSED, type: ApiErrorBody })
  byRegistration(
    @IdParam() id: string,
    @IdParam('registrationId') registrationId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CheckInResponse> {
    return this.checkIns.byRegistration(id, registrationId, user.id);
  }

  @Delete(':registrationId')
  @HttpCode(200)
  @Requires('attendance.check-in')
  @ApiOkResponse({ description: 'Undoes the check-in (undone: false when there was none).', type: R.CheckInUndoneResponse })
  @ApiNotFoundResponse({ description: 'No such registration at this conference (attendance.not-found).', type: ApiErrorBody })
  undo(
    @IdParam() id: string,
    @IdParam('registrationId') registrationId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CheckInUndoneResponse> {
    return this.checkIns.undo(id, registrationId, user.id);
  }
}
