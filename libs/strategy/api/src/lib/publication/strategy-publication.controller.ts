import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@samverkan/identity/api';
import { ApiErrorBody, Shareable } from '@samverkan/shared/api-http';
import { fileSlug } from '@samverkan/shared/api-pdf';
import type { StrategyVersionResponse } from '@samverkan/strategy/contract';
import * as R from '../versions/dto/strategy-version.responses';
import { PublicationQueryDto } from './publication.dto';
import { StrategyPublicationService } from './strategy-publication.service';

const NONE = { description: 'No version is adopted (`strategy.none-current`).', type: ApiErrorBody };

/**
 * The adopted strategy, published: public and shareable. Listed before the versions' controller, so
 * that `current` is not read as a version id.
 */
@ApiTags('strategy')
@Controller('strategies')
export class StrategyPublicationController {
  constructor(private readonly publication: StrategyPublicationService) {}

  @Get('current')
  @Public()
  @Shareable()
  @ApiOkResponse({ type: R.StrategyVersionResponse, description: 'The adopted version with its text.' })
  @ApiNotFoundResponse(NONE)
  current(): Promise<StrategyVersionResponse> {
    return this.publication.current();
  }

  @Get('current.pdf')
  @Public()
  @Shareable()
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The adopted strategy as a PDF, with the appendix "The conference work this strategy builds on" built from its citations.',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiNotFoundResponse(NONE)
  async pdf(@Query() query: PublicationQueryDto, @Res() res: Response): Promise<void> {
    const language = query.lang ?? 'sv';
    const { body, version } = await this.publication.pdf(language);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader(
      'Content-Disposition',
      `inline; filename="${fileSlug(`${language === 'en' ? 'strategy' : 'strategi'}-${version.version}`, 'strategi')}.pdf"`,
    );
    res.setHeader('Content-Length', String(body.length));
    res.end(body);
  }
}
