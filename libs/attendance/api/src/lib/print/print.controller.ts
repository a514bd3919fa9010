import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public, Requires } from '@samverkan/identity/api';
import { ApiErrorBody, IdParam } from '@samverkan/shared/api-http';
import { CertificateService } from './certificate.service';
import { PrintService, type PdfFile } from './print.service';

const PDF = { schema: { type: 'string', format: 'binary' } } as const;

/** PDFs: the staff's badges and attendee list, the participant's certificate of attendance. */
@ApiTags('attendance')
@Controller()
export class PrintController {
  constructor(
    private readonly print: PrintService,
    private readonly certificates: CertificateService,
  ) {}

  @Get('conferences/:id/badges.pdf')
  @Requires('registrations.manage')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'Name badges of the confirmed participants, 8 per A4 sheet, with QR check-in codes.', ...PDF })
  @ApiNotFoundResponse({ description: 'No such conference.', type: ApiErrorBody })
  async badges(@IdParam() id: string, @Res() res: Response): Promise<void> {
    send(res, await this.print.badges(id));
  }

  @Get('conferences/:id/attendees.pdf')
  @Requires('registrations.manage')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The printable attendee list, by organisation, with a column to sign.', ...PDF })
  @ApiNotFoundResponse({ description: 'No such conference.', type: ApiErrorBody })
  async attendeeList(@IdParam() id: string, @Res() res: Response): Promise<void> {
    send(res, await this.print.attendeeList(id));
  }

  @Get('registrations/:token/certificate.pdf')
  @Public()
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: "Certificate of attendance in the registration's language.", ...PDF })
  @ApiNotFoundResponse({ description: 'No registration has this manage token.', type: ApiErrorBody })
  @ApiUnprocessableEntityResponse({ description: 'Not checked in, waitlisted or cancelled.', type: ApiErrorBody })
  async certificate(@Param('token') token: string, @Res() res: Response): Promise<void> {
    send(res, await this.certificates.certificate(token));
  }
}

function send(res: Response, file: PdfFile): void {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', file.contentDisposition);
  res.setHeader('Content-Length', String(file.body.length));
  res.end(file.body);
}
