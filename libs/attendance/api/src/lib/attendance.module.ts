import { Module } from '@nestjs/common';
import { CheckInCodes } from '@samverkan/registrations/api';
import { DirectoryController } from './directory/directory.controller';
import { DirectoryService } from './directory/directory.service';
import { CertificateService } from './print/certificate.service';
import { PrintController } from './print/print.controller';
import { PrintService } from './print/print.service';

/**
 * The conference day: name badges and the printed attendee list (PDF), certificates of attendance,
 * and the attendee directory behind the manage link. A read model over registrations and the published
 * programme; the check-in codes are made the way the registrations domain makes them (CheckInCodes).
 */
@Module({
  controllers: [PrintController, DirectoryController],
  providers: [CheckInCodes, PrintService, CertificateService, DirectoryService],
})
export class AttendanceModule {}
