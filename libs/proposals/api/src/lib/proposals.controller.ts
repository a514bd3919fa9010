import { Body, Controller, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Requires, VisibleTo, type AuthenticatedUser } from '@samverkan/identity/api';
import type { Page } from '@samverkan/shared/contract';
import { AuditEntrySchema, type AuditEntryResponse } from '@samverkan/shared/api-audit';
import { IdParam } from '@samverkan/shared/api-http';
import type { CommentResponse, ProposalGapsResponse, ProposalResponse, ProposalSummaryResponse, ReviewsResponse } from '@samverkan/proposals/contract';
import { ProposalAuthoringService } from './domain/proposal-authoring.service';
import { ProposalCommentsService } from './domain/proposal-comments.service';
import { ProposalReviewsService } from './domain/proposal-reviews.service';
import { CreateCommentDto, CreateProposalDto, ProposalGapsQueryDto, ProposalQueryDto, ReviewDto, UpdateProposalDto } from './dto/proposal.dto';
import { ProgrammeGaps } from './gaps/programme-gaps';
import * as R from './dto/proposal.responses';
import { ProposalDetailService } from './queries/proposal-detail.service';
import { ProposalListService } from './queries/proposal-list.service';

/**
 * Reads of one proposal are `@VisibleTo('proposals.read')`: everyone else gets 404, and so does a
 * reader for someone else's draft (the services ask `proposal-access.ts`).
 */
@ApiTags('proposals')
@Controller('proposals')
export class ProposalsController {
  constructor(
    private readonly listing: ProposalListService,
    private readonly detail: ProposalDetailService,
    private readonly authoring: ProposalAuthoringService,
    private readonly commenting: ProposalCommentsService,
    private readonly reviewing: ProposalReviewsService,
    private readonly programmeGaps: ProgrammeGaps,
  ) {}

  @Get()
  @Requires('proposals.read')
  @ApiOkResponse({ type: R.ProposalSummaryPage })
  list(@Query() query: ProposalQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<Page<ProposalSummaryResponse>> {
    return this.listing.list(query, user);
  }

  @Get('gaps')
  @Requires('proposals.read')
  @ApiOkResponse({ description: 'The focus areas short in a conference\'s draft programme: a proposal with one of them fills a gap.', type: R.ProposalGapsResponse })
  gaps(@Query() query: ProposalGapsQueryDto): Promise<ProposalGapsResponse> {
    return this.programmeGaps.gaps(query.conferenceId);
  }

  @Post()
  @Requires('proposals.write')
  @ApiCreatedResponse({ type: R.ProposalResponse })
  async create(@Body() body: CreateProposalDto, @CurrentUser() user: AuthenticatedUser): Promise<ProposalResponse> {
    return this.detail.get(await this.authoring.create(body, user), user);
  }

  @Get(':id')
  @VisibleTo('proposals.read')
  @ApiOkResponse({ type: R.ProposalResponse })
  get(@IdParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<ProposalResponse> {
    return this.detail.get(id, user);
  }

  @Patch(':id')
  @Requires('proposals.write')
  @ApiOkResponse({ type: R.ProposalResponse })
  async update(@IdParam() id: string, @Body() body: UpdateProposalDto, @CurrentUser() user: AuthenticatedUser): Promise<ProposalResponse> {
    return this.detail.get(await this.authoring.update(id, body, user), user);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Requires('proposals.write')
  @ApiOkResponse({ type: R.ProposalResponse })
  async submit(@IdParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<ProposalResponse> {
    return this.detail.get(await this.authoring.submit(id, user), user);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Requires('proposals.write')
  @ApiOkResponse({ type: R.ProposalResponse })
  async withdraw(@IdParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<ProposalResponse> {
    return this.detail.get(await this.authoring.withdraw(id, user), user);
  }

  @Get(':id/comments')
  @VisibleTo('proposals.read')
  @ApiOkResponse({ type: R.CommentResponse, isArray: true })
  comments(@IdParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<CommentResponse[]> {
    return this.detail.comments(id, user);
  }

  @Post(':id/comments')
  @Requires('proposals.read')
  @ApiCreatedResponse({ type: R.CommentResponse })
  addComment(@IdParam() id: string, @Body() body: CreateCommentDto, @CurrentUser() user: AuthenticatedUser): Promise<CommentResponse> {
    return this.commenting.addComment(id, body.body, user);
  }

  @Get(':id/reviews')
  @VisibleTo('proposals.read')
  @ApiOkResponse({ type: R.ReviewsResponse })
  reviews(@IdParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<ReviewsResponse> {
    return this.detail.reviews(id, user);
  }

  @Put(':id/reviews/mine')
  @Requires('proposals.review')
  @ApiOkResponse({ type: R.ReviewsResponse })
  async review(@IdParam() id: string, @Body() body: ReviewDto, @CurrentUser() user: AuthenticatedUser): Promise<ReviewsResponse> {
    await this.reviewing.putReview(id, body, user);
    return this.detail.reviews(id, user);
  }

  @Get(':id/audit')
  @VisibleTo('proposals.read')
  @ApiOkResponse({ type: AuditEntrySchema, isArray: true })
  auditLog(@IdParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<AuditEntryResponse[]> {
    return this.detail.auditLog(id, user);
  }
}
