import { Body, Controller, Get, Put, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { OptionalUser, Public, Requires, type AuthenticatedUser } from '@samverkan/identity/api';
import type { ConferenceFeesResponse, FeeQuoteResponse } from '@samverkan/registrations/contract';
import { ApiErrorBody, IdParam, Shareable } from '@samverkan/shared/api-http';
import { ConferenceFeesDto, FeeQuoteQueryDto } from './dto/fees.dto';
import * as R from './dto/fees.responses';
import { FeesService } from './fees.service';
import { InvoiceBasisService } from './invoice-basis.service';

@ApiTags('fees')
@Controller('conferences/:id')
export class FeesController {
  constructor(
    private readonly fees: FeesService,
    private readonly invoiceBasis: InvoiceBasisService,
  ) {}

  @Get('fees')
  @Requires('conferences.manage')
  @ApiOkResponse({
    description: 'Every organisation type × member/non-member with its price, and the late-cancellation rule.',
    type: R.ConferenceFeesResponse,
  })
  @ApiNotFoundResponse({ description: 'No such conference.', type: ApiErrorBody })
  get(@IdParam() id: string): Promise<ConferenceFeesResponse> {
    return this.fees.get(id);
  }

  @Put('fees')
  @Requires('conferences.manage')
  @ApiOkResponse({ description: 'Saved: the whole price list and rule as they now stand.', type: R.ConferenceFeesResponse })
  @ApiBadRequestResponse({ description: 'A combination given twice, or a value out of range.', type: ApiErrorBody })
  @ApiNotFoundResponse({ description: 'No such conference.', type: ApiErrorBody })
  set(@IdParam() id: string, @Body() body: ConferenceFeesDto): Promise<ConferenceFeesResponse> {
    return this.fees.set(id, body);
  }

  @Get('fees/quote')
  @Public()
  @Shareable()
  @ApiOkResponse({
    description: 'The fee for a registration of this organisation type (and organisation), with VAT.',
    type: R.FeeQuoteResponse,
  })
  @ApiNotFoundResponse({ description: 'No such conference, or a draft and the caller is not staff.', type: ApiErrorBody })
  quote(@IdParam() id: string, @Query() query: FeeQuoteQueryDto, @OptionalUser() user?: AuthenticatedUser): Promise<FeeQuoteResponse> {
    return this.fees.quote(id, query, user);
  }

  @Get('invoice-basis.csv')
  @Requires('registrations.manage')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The invoice basis as CSV (UTF-8): one line per invoiced participant, then the total.',
    schema: { type: 'string' },
  })
  async csv(@IdParam() id: string, @Res() res: Response): Promise<void> {
    const basis = await this.invoiceBasis.basis(id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="fakturaunderlag-${id}.csv"`);
    this.invoiceBasis.writeCsv(basis, res);
  }

  @Get('invoice-basis.xlsx')
  @Requires('registrations.manage')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    description: 'The invoice basis as an Excel workbook, with a subtotal per invoice.',
    schema: { type: 'string', format: 'binary' },
  })
  async xlsx(@IdParam() id: string, @Res() res: Response): Promise<void> {
    const basis = await this.invoiceBasis.basis(id);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="fakturaunderlag-${id}.xlsx"`);
    await this.invoiceBasis.writeXlsx(basis, res);
  }
}
