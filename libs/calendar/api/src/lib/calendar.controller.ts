import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { CalendarLinkResponse } from '@samverkan/calendar/contract';
import { CALENDAR_CONTENT_TYPE } from '@samverkan/shared/api-ical';
import { CurrentUser, Public, Requires, type AuthenticatedUser } from '@samverkan/identity/api';
import { ApiErrorBody, IdParam, sendRepresentation } from '@samverkan/shared/api-http';
import { CalendarQueryDto } from './calendar.dto';
import { CalendarLinkResponse as CalendarLinkSchema } from './dto/calendar.responses';
import { CalendarLinksService } from './calendar-links.service';
import { CalendarService, type CalendarFeed } from './calendar.service';

/** A calendar feed is iCalendar text, not JSON; its errors are JSON. */
const ICS_RESPONSE = {
  description: 'An iCalendar feed (RFC 5545); ETag and 304 on If-None-Match.',
  content: { 'text/calendar': { schema: { type: 'string' } } },
};

/** `<token>.ics` → token; anything else is not a feed. */
function stripIcs(file: string): string {
  return file.endsWith('.ics') ? file.slice(0, -4) : '';
}

/** Public feeds may sit in shared caches for five minutes; personal ones only in the client's. */
function send(req: Request, res: Response, feed: CalendarFeed, scope: 'public' | 'private', filename: string): void {
  sendRepresentation(req, res, feed, { contentType: CALENDAR_CONTENT_TYPE, cacheControl: `${scope}, max-age=300`, filename });
}

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly links: CalendarLinksService,
  ) {}

  @Get('conferences/:id/calendar.ics')
  @Public()
  @ApiOperation({ summary: 'The published programme of a conference, one event per item, and the conference as an all-day event.' })
  @ApiOkResponse(ICS_RESPONSE)
  @ApiNotFoundResponse({ description: 'Unknown or draft conference.', type: ApiErrorBody })
  async conference(@IdParam() id: string, @Query() query: CalendarQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    send(req, res, await this.calendar.conferenceFeed(id, query.lang ?? 'sv'), 'public', 'konferens.ics');
  }

  @Get('agenda-items/:id/calendar.ics')
  @Public()
  @ApiOperation({ summary: 'One published programme item (CANCELLED for a while after its removal).' })
  @ApiOkResponse(ICS_RESPONSE)
  @ApiNotFoundResponse({ description: 'Not in any published programme.', type: ApiErrorBody })
  async item(@IdParam() id: string, @Query() query: CalendarQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    send(req, res, await this.calendar.itemFeed(id, query.lang ?? 'sv'), 'public', 'programpunkt.ics');
  }

  @Get('calendar/focus-areas/:file')
  @Public()
  @ApiOperation({ summary: 'Published items of every conference tagged with a focus area (`<code>.ics`).' })
  @ApiOkResponse(ICS_RESPONSE)
  @ApiNotFoundResponse({ description: 'Unknown focus area.', type: ApiErrorBody })
  async focusArea(@Param('file') file: string, @Query() query: CalendarQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    const code = stripIcs(file);
    send(req, res, await this.calendar.focusAreaFeed(code, query.lang ?? 'sv'), 'public', `${code}.ics`);
  }

  @Get('calendar/registrations/:file')
  @Public()
  @ApiOkResponse({ ...ICS_RESPONSE, description: 'The personal feed of a registration (`<calendarToken>.ics`, from its calendarUrl).' })
  @ApiNotFoundResponse({ description: 'Unknown token.', type: ApiErrorBody })
  async registration(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    send(req, res, await this.calendar.registrationFeed(stripIcs(file)), 'private', 'mitt-program.ics');
  }

  @Post('registrations/:token/calendar-token')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'A new calendar link for a registration (by its manage token); the old link stops working.' })
  @ApiOkResponse({ type: CalendarLinkSchema })
  @ApiNotFoundResponse({ description: 'Unknown manage token.', type: ApiErrorBody })
  async rotateRegistration(@Param('token') token: string): Promise<CalendarLinkResponse> {
    return { url: await this.links.rotateRegistrationLink(token) };
  }

  @Get('calendar/meetings/:file')
  @Public()
  @ApiOkResponse({
    ...ICS_RESPONSE,
    description: 'Working-committee meetings, for the holder of a personal meeting-feed token (`<token>.ics`).',
  })
  @ApiNotFoundResponse({ description: 'Unknown token, or its owner is no longer in the committee.', type: ApiErrorBody })
  async meetings(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    send(req, res, await this.calendar.meetingsFeed(stripIcs(file)), 'private', 'moten.ics');
  }

  @Get('calendar/me/meetings')
  @Requires('meetings.manage')
  @ApiOperation({ summary: "The caller's subscription link to the committee-meeting feed (made on first use)." })
  @ApiOkResponse({ type: CalendarLinkSchema })
  async myMeetingsLink(@CurrentUser() user: AuthenticatedUser): Promise<CalendarLinkResponse> {
    return { url: await this.links.meetingsLink(user) };
  }

  @Post('calendar/me/meetings/rotate')
  @Requires('meetings.manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new meeting-feed link; the old one stops working.' })
  @ApiOkResponse({ type: CalendarLinkSchema })
  async rotateMeetingsLink(@CurrentUser() user: AuthenticatedUser): Promise<CalendarLinkResponse> {
    return { url: await this.links.meetingsLink(user, true) };
  }
}
