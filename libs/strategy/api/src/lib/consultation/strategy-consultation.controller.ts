import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Requires, type AuthenticatedUser } from '@samverkan/identity/api';
import { ApiErrorBody, IdParam } from '@samverkan/shared/api-http';
import type { StrategyCommentResponse, StrategyConsultationResponse, WordingProposalResponse } from '@samverkan/strategy/contract';
import { NewStrategyCommentDto, NewWordingProposalDto, WordingDecisionDto } from './dto/consultation.dto';
import * as R from './dto/consultation.responses';
import { StrategyConsultationService } from './strategy-consultation.service';

const NOT_OPEN = { description: 'The version is not in consultation (`strategy.not-in-consultation`).', type: ApiErrorBody };

/**
 * The consultation of a version: what the council and the committee said (`strategy.read-drafts`),
 * comments and wording proposals (`strategy.comment`), and the committee's decision on a wording
 * proposal (`strategy.draft`).
 */
@ApiTags('strategy')
@Controller('strategies/:id')
export class StrategyConsultationController {
  constructor(private readonly consultation: StrategyConsultationService) {}

  @Get('consultation')
  @Requires('strategy.read-drafts')
  @ApiOkResponse({ type: R.StrategyConsultationResponse, description: 'Comments and wording proposals, oldest first.' })
  @ApiNotFoundResponse({ description: '`strategy.not-found`.', type: ApiErrorBody })
  view(@IdParam() id: string): Promise<StrategyConsultationResponse> {
    return this.consultation.view(id);
  }

  @Post('positions/:positionId/comments')
  @Requires('strategy.comment')
  @ApiCreatedResponse({ type: R.StrategyCommentResponse })
  @ApiNotFoundResponse({ description: '`strategy.not-found`, `strategy.position-not-found`.', type: ApiErrorBody })
  @ApiConflictResponse(NOT_OPEN)
  comment(
    @IdParam() id: string,
    @IdParam('positionId') positionId: string,
    @Body() body: NewStrategyCommentDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StrategyCommentResponse> {
    return this.consultation.comment(id, positionId, body.text, user);
  }

  @Delete('comments/:commentId')
  @HttpCode(204)
  @Requires('strategy.comment')
  @ApiNoContentResponse({ description: 'Deleted (by its author, while the consultation runs).' })
  @ApiNotFoundResponse({ description: '`strategy.comment-not-found`.', type: ApiErrorBody })
  @ApiConflictResponse(NOT_OPEN)
  async deleteComment(
    @IdParam() id: string,
    @IdParam('commentId') commentId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.consultation.deleteComment(id, commentId, user);
  }

  @Post('positions/:positionId/wording-proposals')
  @Requires('strategy.comment')
  @ApiCreatedResponse({ type: R.WordingProposalResponse })
  @ApiNotFoundResponse({ description: '`strategy.not-found`, `strategy.position-not-found`.', type: ApiErrorBody })
  @ApiConflictResponse({ description: '`strategy.not-in-consultation`, `strategy.wording-unchanged`.', type: ApiErrorBody })
  proposeWording(
    @IdParam() id: string,
    @IdParam('positionId') positionId: string,
    @Body() body: NewWordingProposalDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<WordingProposalResponse> {
    return this.consultation.proposeWording(id, positionId, body.text, user);
  }

  @Post('wording-proposals/:proposalId/decision')
  @HttpCode(200)
  @Requires('strategy.draft')
  @ApiOkResponse({
    type: R.WordingProposalResponse,
    description: 'Accepted (the position takes the text) or rejected; the proposer is mailed.',
  })
  @ApiNotFoundResponse({ description: '`strategy.wording-not-found`.', type: ApiErrorBody })
  @ApiConflictResponse({ description: '`strategy.not-in-consultation`, `strategy.wording-decided`.', type: ApiErrorBody })
  decideWording(
    @IdParam() id: string,
    @IdParam('proposalId') proposalId: string,
    @Body() body: WordingDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<WordingProposalResponse> {
    return this.consultation.decideWording(id, proposalId, body, user);
  }
}
