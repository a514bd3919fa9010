import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, Requires, CurrentUser, OptionalUser, Public, type AuthenticatedUser } from '@samverkan/identity/api';
import type { Page } from '@samverkan/shared/contract';
import { AuditEntrySchema, type AuditEntryResponse } from '@samverkan/shared/api-audit';
import { ApiErrorBody } from '@samverkan/shared/api-http';
import type { CommentResponse, ProposalResponse, ProposalSummaryResponse, ReviewsResponse } from '@samverkan/proposals/contract';
import { CreateCommentDto, CreateProposalDto, ProposalQueryDto, ReviewDto, UpdateProposalDto } from './dto/proposal.dto';
import * as R from './dto/proposal.responses';
import { ProposalsService } from './proposals.service';

/**
 * Reads are declared public so that callers who may not see proposals get 404 (not 401/403) for
 * objects they may not know exist; the service decides visibility.
 */
@ApiTags('proposals')
@Controller('proposals')
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Get()
  @Requires('proposals.read')
  @ApiOkResponse({ type: R.ProposalSummaryPage })
  list(@Query() query: ProposalQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<Page<ProposalSummaryResponse>> {
    return this.proposals.list(query, user);
  }

  @Post()
  @Requires('proposals.write')
  @ApiCreatedResponse({ type: R.ProposalResponse })
  create(@Body() body: CreateProposalDto, @CurrentUser() user: AuthenticatedUser): Promise<ProposalResponse> {
    return this.proposals.create(body, user);
  }

  @Get(':id')
  @Public()
  @ApiNotFoundResponse({ description: 'No such proposal, or the caller may not see it.', type: ApiErrorBody })
  @ApiOkResponse({ type: R.ProposalResponse })
  get(@Param('id') id: string, @OptionalUser() user?: AuthenticatedUser): Promise<ProposalResponse> {
    return this.proposals.get(id, user);
  }

  @Patch(':id')
  @Requires('proposals.write')
  @ApiOkResponse({ type: R.ProposalResponse })
  @ApiNotFoundResponse({ description: 'No such proposal, or the caller may not see it.', type: ApiErrorBody })
  update(@Param('id') id: string, @Body() body: UpdateProposalDto, @CurrentUser() user: AuthenticatedUser): Promise<ProposalResponse> {
    return this.proposals.update(id, body, user);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Requires('proposals.write')
  @ApiOkResponse({ type: R.ProposalResponse })
  submit(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<ProposalResponse> {
    return this.proposals.submit(id, user);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Requires('proposals.write')
  @ApiOkResponse({ type: R.ProposalResponse })
  withdraw(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<ProposalResponse> {
    return this.proposals.withdraw(id, user);
  }

  @Get(':id/comments')
  @Public()
  @ApiOkResponse({ type: R.CommentResponse, isArray: true })
  @ApiNotFoundResponse({ description: 'No such proposal, or the caller may not see it.', type: ApiErrorBody })
  comments(@Param('id') id: string, @OptionalUser() user?: AuthenticatedUser): Promise<CommentResponse[]> {
    return this.proposals.comments(id, user);
  }

  @Post(':id/comments')
  @Requires('proposals.read')
  @ApiCreatedResponse({ type: R.CommentResponse })
  addComment(@Param('id') id: string, @Body() body: CreateCommentDto, @CurrentUser() user: AuthenticatedUser): Promise<CommentResponse> {
    return this.proposals.addComment(id, body.body, user);
  }

  @Get(':id/reviews')
  @Public()
  @ApiOkResponse({ type: R.ReviewsResponse })
  @ApiNotFoundResponse({ description: 'No such proposal, or the caller may not see it.', type: ApiErrorBody })
  reviews(@Param('id') id: string, @OptionalUser() user?: AuthenticatedUser): Promise<ReviewsResponse> {
    return this.proposals.reviews(id, user);
  }

  @Put(':id/reviews/mine')
  @Requires('proposals.review')
  @ApiOkResponse({ type: R.ReviewsResponse })
  review(@Param('id') id: string, @Body() body: ReviewDto, @CurrentUser() user: AuthenticatedUser): Promise<ReviewsResponse> {
    return this.proposals.putReview(id, body, user);
  }

  @Get(':id/audit')
  @Public()
  @ApiOkResponse({ type: AuditEntrySchema, isArray: true })
  @ApiNotFoundResponse({ description: 'No such proposal, or the caller may not see it.', type: ApiErrorBody })
  auditLog(@Param('id') id: string, @OptionalUser() user?: AuthenticatedUser): Promise<AuditEntryResponse[]> {
    return this.proposals.auditLog(id, user);
  }
}
