import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@samverkan/identity/api';
import { CalendarService } from './calendar.service';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('registrations/:file')
  @Public()
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The personal feed of a registration (`<calendarToken>.ics`), from its calendarUrl.' })
  @ApiNotFoundResponse({ description: 'Unknown token.' })
  async registration(
    @Param('file') file: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const feed = await this.calendar.registrationFeed(file.replace(/\.ics$/, ''));
    res.setHeader('ETag', feed.etag);
    res.setHeader('Cache-Control', 'private, max-age=300');
    if (ifNoneMatch === feed.etag) {
      res.status(304).end();
      return;
    }
    res.type('text/calendar; charset=utf-8').send(feed.body);
  }
}
