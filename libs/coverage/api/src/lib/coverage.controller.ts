import { Controller, Get, HttpCode, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiErrorBody } from '@samverkan/shared/api-http';
import type { Response } from 'express';
import { Authenticated, Requires } from '@samverkan/identity/api';
import type { CoverageItem, CoverageReport, ImportResult } from '@samverkan/coverage/contract';
import * as R from './dto/coverage.responses';
import { CoverageItemsQueryDto, CoverageQueryDto, HistoryImportQueryDto } from './dto/coverage-query.dto';
import { MAX_IMPORT_BYTES } from './history/history-file';
import { HistoryImportService, type UploadedHistoryFile } from './history/history-import.service';
import { writeCsv, writeXlsx } from './report/coverage-export';
import { IMPORT_RESULT_EXAMPLE, REPORT_EXAMPLE } from './report/report-example';
import { CoverageService } from './report/coverage.service';

/** The focus-area coverage report, its exports and the history import: working committee and admin. */
@ApiTags('coverage')
@Controller('reports/focus-area-coverage')
export class CoverageController {
  constructor(
    private readonly coverage: CoverageService,
    private readonly history: HistoryImportService,
  ) {}

  @Get()
  @Requires('coverage.read')
  @ApiOkResponse({
    description:
      'Per focus area × conference and × year: themes, agenda items, minutes and share of programme time, proposals ' +
      'submitted and accepted, sign-ups to tagged sessions; participants by organisation type per conference; gaps ' +
      '(share below minShare, or absent, over the last lastN conferences) and suggestions. Live and imported conferences. ' +
      'Types: libs/coverage/contract (CoverageReport).',
    type: R.CoverageReport,
    example: REPORT_EXAMPLE,
  })
  report(@Query() query: CoverageQueryDto): Promise<CoverageReport> {
    return this.coverage.report(query);
  }

  @Get('items')
  @Requires('coverage.read')
  @ApiOkResponse({
    description: 'The themes, agenda items, proposals and imported sessions behind a number (at most 500).',
    type: R.CoverageItem,
    isArray: true,
  })
  items(@Query() query: CoverageItemsQueryDto): Promise<CoverageItem[]> {
    return this.coverage.items(query);
  }

  @Get('export.csv')
  @Requires('coverage.read')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The report as CSV (UTF-8).', schema: { type: 'string' } })
  async exportCsv(@Query() query: CoverageQueryDto, @Res() res: Response): Promise<void> {
    const report = await this.coverage.report(query);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="fokusomraden-tackning.csv"');
    await writeCsv(report, res);
  }

  @Get('export.xlsx')
  @Requires('coverage.read')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The report as an Excel workbook.', schema: { type: 'string', format: 'binary' } })
  async exportXlsx(@Query() query: CoverageQueryDto, @Res() res: Response): Promise<void> {
    const report = await this.coverage.report(query);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', 'attachment; filename="fokusomraden-tackning.xlsx"');
    await writeXlsx(report, res);
  }

  @Post('history-import')
  @HttpCode(200)
  @Requires('coverage.read')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiOkResponse({
    description: 'What was (or, with dryRun, would be) imported, and every row error with its line (docs/import/history-format.md).',
    type: R.ImportResult,
    example: IMPORT_RESULT_EXAMPLE,
  })
  @ApiUnprocessableEntityResponse({
    description: 'The file has row errors: nothing was imported; `result` lists them.',
    type: R.ImportRejected,
  })
  @ApiPayloadTooLargeResponse({
    description: 'The file is over 2 MB, or an XLSX that unpacks to more than 32 MB (checked before it is parsed).',
    type: ApiErrorBody,
  })
  importHistory(@Query() query: HistoryImportQueryDto, @UploadedFile() file?: UploadedHistoryFile): Promise<ImportResult> {
    return this.history.import(file, query.dryRun ?? false);
  }
}
