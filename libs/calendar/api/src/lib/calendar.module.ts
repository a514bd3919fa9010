import { DynamicModule, Module } from '@nestjs/common';
import { REGISTRATION_OPTIONS, RegistrationLinks } from '@samverkan/registrations/api';
import { CalendarController } from './calendar.controller';
import { CalendarLinksService } from './calendar-links.service';
import { CALENDAR_OPTIONS, type CalendarOptions } from './calendar-options';
import { CalendarService } from './calendar.service';

/** iCal feeds: a read model over conferences and registrations. */
@Module({})
export class CalendarModule {
  static register(options: CalendarOptions): DynamicModule {
    return {
      module: CalendarModule,
      controllers: [CalendarController],
      providers: [
        { provide: CALENDAR_OPTIONS, useValue: options },
        // The registration's calendar link is made and rotated the way the registrations domain makes it.
        { provide: REGISTRATION_OPTIONS, useValue: { publicUrl: options.publicUrl } },
        RegistrationLinks,
        CalendarService,
        CalendarLinksService,
      ],
    };
  }
}
