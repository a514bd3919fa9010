import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Requires, CurrentUser, Public, type AuthenticatedUser } from '@samverkan/identity/api';
import { ApiErrorBody, IdParam } from '@samverkan/shared/api-http';
import type {
  AttendeePage,
  AttendeeResponse,
  MySessionResponse,
  OutboxMessageResponse,
  RegistrationCreatedResponse,
  RegistrationResponse,
} from '@samverkan/registrations/contract';
import type { Page } from '@samverkan/shared/contract';
import { AttendeesService } from './attendees.service';
import {
  AttendeeQueryDto,
  CheckInDto,
  CreateRegistrationDto,
  MoveOnWaitlistDto,
  OutboxQueryDto,
  SessionSignupDto,
  UpdateRegistrationDto,
} from './dto/registration.dto';
import * as R from './dto/registration.responses';
import { SessionsService } from './sessions.service';
import { OutboxReader } from './outbox.reader';
import { RegistrationChanges } from './registration-changes.service';
import { RegistrationQueries } from './registration-queries.service';
import { RegistrationsService } from './registrations.service';

@ApiTags('registrations')
@Controller()
export class RegistrationsController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly queries: RegistrationQueries,
    private readonly changes: RegistrationChanges,
    private readonly attendees: AttendeesService,
    private readonly sessions: SessionsService,
  ) {}

  @Get('registrations/:token/sessions')
  @Public()
  @ApiOkResponse({ type: R.MySessionResponse, isArray: true })
  @ApiNotFoundResponse({ description: 'No registration has this manage token.', type: ApiErrorBody })
  mySessions(@Param('token') token: string): Promise<MySessionResponse[]> {
    return this.sessions.mine(token);
  }

  @Post('registrations/:token/sessions')
  @Public()
  @ApiConflictResponse({ description: 'The session is full.', type: ApiErrorBody })
  @ApiCreatedResponse({ description: 'My sessions after the sign-up.', type: R.MySessionResponse, isArray: true })
  signUp(@Param('token') token: string, @Body() body: SessionSignupDto): Promise<MySessionResponse[]> {
    return this.sessions.signUp(token, body.agendaItemId);
  }

  @Delete('registrations/:token/sessions/:agendaItemId')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ description: 'My sessions after leaving.', type: R.MySessionResponse, isArray: true })
  leave(@Param('token') token: string, @IdParam('agendaItemId') agendaItemId: string): Promise<MySessionResponse[]> {
    return this.sessions.leave(token, agendaItemId);
  }

  @Post('conferences/:id/registrations')
  @Public()
  @ApiCreatedResponse({ description: 'Registered: confirmed, or waitlisted with a position.', type: R.RegistrationCreatedResponse })
  @ApiConflictResponse({ description: 'The e-mail address is already registered for this conference.', type: ApiErrorBody })
  @ApiUnprocessableEntityResponse({
    description: 'Registration is closed, the conference is not published or is cancelled.',
    type: ApiErrorBody,
  })
  register(@IdParam() id: string, @Body() body: CreateRegistrationDto): Promise<RegistrationCreatedResponse> {
    return this.registrations.register(id, body);
  }

  @Get('registrations/:token')
  @Public()
  @ApiOkResponse({ type: R.RegistrationResponse })
  @ApiNotFoundResponse({ description: 'No registration has this manage token.', type: ApiErrorBody })
  get(@Param('token') token: string): Promise<RegistrationResponse> {
    return this.queries.getByToken(token);
  }

  @Patch('registrations/:token')
  @Public()
  @ApiOkResponse({ type: R.RegistrationResponse })
  @ApiNotFoundResponse({ description: 'No registration has this manage token.', type: ApiErrorBody })
  update(@Param('token') token: string, @Body() body: UpdateRegistrationDto): Promise<RegistrationResponse> {
    return this.changes.updateByToken(token, body);
  }

  @Delete('registrations/:token')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ description: 'Cancelled; the seat goes to the first on the waitlist.', type: R.RegistrationCancelled })
  @ApiNotFoundResponse({ description: 'No registration has this manage token.', type: ApiErrorBody })
  cancel(@Param('token') token: string): Promise<{ status: 'cancelled' }> {
    return this.changes.cancelByToken(token);
  }

  @Get('registrations/:token/export')
  @Public()
  @ApiOkResponse({ description: 'Everything stored about the registration.', type: R.RegistrationExport })
  @ApiNotFoundResponse({ description: 'No registration has this manage token.', type: ApiErrorBody })
  export(@Param('token') token: string): Promise<Record<string, unknown>> {
    return this.queries.exportByToken(token);
  }

  @Post('registrations/:token/erase')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Cancelled and anonymised.' })
  @ApiNotFoundResponse({ description: 'No registration has this manage token.', type: ApiErrorBody })
  erase(@Param('token') token: string): Promise<void> {
    return this.changes.eraseByToken(token);
  }

  @Get('conferences/:id/registrations')
  @Requires('registrations.manage')
  @ApiOkResponse({ type: R.AttendeePage })
  list(@IdParam() id: string, @Query() query: AttendeeQueryDto): Promise<AttendeePage> {
    return this.attendees.list(id, query);
  }

  @Get('conferences/:id/registrations/export.csv')
  @Requires('registrations.manage')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The attendee list as CSV (UTF-8).', schema: { type: 'string' } })
  async exportCsv(@IdParam() id: string, @Res() res: Response): Promise<void> {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="deltagare-${id}.csv"`);
    await this.attendees.exportCsv(id, res);
  }

  @Get('conferences/:id/registrations/export.xlsx')
  @Requires('registrations.manage')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The attendee list as an Excel workbook.', schema: { type: 'string', format: 'binary' } })
  async exportXlsx(@IdParam() id: string, @Res() res: Response): Promise<void> {
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="deltagare-${id}.xlsx"`);
    await this.attendees.exportXlsx(id, res);
  }

  @Patch('conferences/:id/registrations/:registrationId/check-in')
  @Requires('registrations.manage')
  @ApiOkResponse({ type: R.AttendeeResponse })
  checkIn(
    @IdParam() id: string,
    @IdParam('registrationId') registrationId: string,
    @Body() body: CheckInDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AttendeeResponse> {
    return this.attendees.setCheckedIn(id, registrationId, body.checkedIn, user.id);
  }

  @Post('conferences/:id/registrations/:registrationId/waitlist-position')
  @HttpCode(200)
  @Requires('registrations.manage')
  @ApiOkResponse({ type: R.AttendeeResponse })
  move(
    @IdParam() id: string,
    @IdParam('registrationId') registrationId: string,
    @Body() body: MoveOnWaitlistDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AttendeeResponse> {
    return this.attendees.moveOnWaitlist(id, registrationId, body.position, body.reason, user.id);
  }
}

@ApiTags('outbox')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxReader) {}

  @Get()
  @Requires('outbox.read')
  @ApiOkResponse({ type: R.OutboxMessagePage })
  list(@Query() query: OutboxQueryDto): Promise<Page<OutboxMessageResponse>> {
    return this.outbox.list(query.to, query.limit ?? 50);
  }
}
