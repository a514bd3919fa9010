import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { can } from '@samverkan/identity/contract';
import { CurrentUser, Requires, type AuthenticatedUser } from '@samverkan/identity/api';
import type { MemberEngagementResponse, MemberEngagementSummary } from '@samverkan/coverage/contract';
import { ApiErrorBody, IdParam } from '@samverkan/shared/api-http';
import { stockholmDate } from '@samverkan/shared/util-dates';
import * as R from '../dto/engagement.responses';
import { annualSummaryPdf, annualSummaryXlsx } from './annual-summary-files';
import { AnnualSummaryService } from './annual-summary.service';
import { memberColumns, memberRecords, PARTICIPATION_COLUMNS, participationRecords, writeCsv } from './engagement-export';
import { EngagementService } from './engagement.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Members' engagement (medlemsnytta) and the annual summary for the årsmöte: working committee and admin. */
@ApiTags('engagement')
@Controller()
export class EngagementController {
  constructor(
    private readonly engagement: EngagementService,
    private readonly annual: AnnualSummaryService,
  ) {}

  @Get('engagement/members')
  @Requires('engagement.view')
  @ApiOkResponse({
    description:
      'Every member organisation with its figures: conferences and participants, last seen, proposals, open-call ' +
      'submissions, and evaluation answers as an anonymous count (null below 3). Rules: docs/architecture.md "Members\' engagement".',
    type: R.MemberEngagementSummary,
    isArray: true,
  })
  members(): Promise<MemberEngagementSummary[]> {
    return this.engagement.members();
  }

  @Get('engagement/members.csv')
  @Requires('engagement.view')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'The members and their figures as CSV (UTF-8, formulas neutralised), with the participants per focus area; hidden counts as "<3".',
    schema: { type: 'string' },
  })
  async membersCsv(@Res() res: Response): Promise<void> {
    const members = await this.engagement.everyMember();
    csvHeaders(res, 'medlemmar.csv');
    await writeCsv(memberColumns(members), memberRecords(members, stockholmDate(new Date())), res);
  }

  @Get('engagement/participation.csv')
  @Requires('engagement.view')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Participants per member and conference as CSV (counts, no names).', schema: { type: 'string' } })
  async participationCsv(@Res() res: Response): Promise<void> {
    const members = await this.engagement.everyMember();
    csvHeaders(res, 'medlemmar-per-konferens.csv');
    await writeCsv(PARTICIPATION_COLUMNS, participationRecords(members), res);
  }

  @Get('engagement/inactive')
  @Requires('engagement.view')
  @ApiOkResponse({
    description:
      'Member organisations with no confirmed participant at a conference held in the last two years (Stockholm dates), longest unseen first.',
    type: R.MemberEngagementSummary,
    isArray: true,
  })
  inactive(): Promise<MemberEngagementSummary[]> {
    return this.engagement.inactive();
  }

  @Get('engagement/members/:organisationId')
  @Requires('engagement.view')
  @ApiOkResponse({
    description:
      'One member: people per conference (names only for callers who manage registrations), focus areas attended, proposals and submissions.',
    type: R.MemberEngagementResponse,
  })
  @ApiNotFoundResponse({ description: 'No such member organisation (`engagement.member-not-found`).', type: ApiErrorBody })
  member(@IdParam('organisationId') organisationId: string, @CurrentUser() user: AuthenticatedUser): Promise<MemberEngagementResponse> {
    return this.engagement.member(organisationId, can(user.roles, 'registrations.manage'));
  }

  @Get('annual-summary/:year.pdf')
  @Requires('engagement.view')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description:
      "The annual summary for the årsmöte: conferences held, participants by organisation type, coverage against the previous year, top wishes, the committee's decisions.",
    schema: { type: 'string', format: 'binary' },
  })
  @ApiBadRequestResponse({ description: 'Not a year from 2000 up to the current one (`engagement.year-invalid`).', type: ApiErrorBody })
  async summaryPdf(@Param('year') year: string, @Res() res: Response): Promise<void> {
    const summary = await this.annual.summary(year);
    send(res, await annualSummaryPdf(summary), 'application/pdf', `arssammanstallning-${summary.year}.pdf`);
  }

  @Get('annual-summary/:year.xlsx')
  @Requires('engagement.view')
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description: 'The annual summary as an Excel workbook, one sheet per part.',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiBadRequestResponse({ description: 'Not a year from 2000 up to the current one (`engagement.year-invalid`).', type: ApiErrorBody })
  async summaryXlsx(@Param('year') year: string, @Res() res: Response): Promise<void> {
    const summary = await this.annual.summary(year);
    send(res, await annualSummaryXlsx(summary), XLSX, `arssammanstallning-${summary.year}.xlsx`);
  }
}

function csvHeaders(res: Response, fileName: string): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
}

// Cache-Control: the platform answers every API request `no-store` unless a route opts in to sharing.
function send(res: Response, body: Buffer, type: string, fileName: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Content-Length', String(body.length));
  res.end(body);
}
