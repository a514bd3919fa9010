import { Module } from '@nestjs/common';
import { CheckInCodes } from '@samverkan/registrations/api';
import { CheckInQueries } from './check-in/check-in-queries.service';
import { CheckInsController } from './check-in/check-ins.controller';
import { CheckInsService } from './check-in/check-ins.service';
import { DirectoryController } from './directory/directory.controller';
import { DirectoryService } from './directory/directory.service';
import { CertificateService } from './print/certificate.service';
import { PrintController } from './print/print.controller';
import { PrintService } from './print/print.service';

/**
 * The conference day: check-in at the door, name badges and the printed attendee list (PDF),
 * certificates of attendance, and the attendee directory behind the manage link. A read model over
 * registrations and the published programme, plus the check-in command; the check-in codes are made the
 * way the registrations domain makes them (CheckInCodes).
 */
@Module({
  controllers: [CheckInsController, PrintController, DirectoryController],
  providers: [CheckInCodes, CheckInsService, CheckInQueries, PrintService, CertificateService, DirectoryService],
})
export class AttendanceModule {}
