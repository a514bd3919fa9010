import { Module } from '@nestjs/common';
import { CheckInCodes } from '@samverkan/registrations/api';
import { CheckInQueries } from './check-in/check-in-queries.service';
import { CheckInsController } from './check-in/check-ins.controller';
import { CheckInsService } from './check-in/check-ins.service';

/** The conference day: check-in at the door. */
@Module({
  controllers: [CheckInsController],
  // Codes are made the way the registrations domain makes them (LinkTokens, from the identity module).
  providers: [CheckInCodes, CheckInsService, CheckInQueries],
})
export class AttendanceModule {}
