import { Body, Controller, Delete, Get, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, OptionalUser, Public, Requires, type AuthenticatedUser } from '@samverkan/identity/api';
import { ApiErrorBody, IdParam, Shareable } from '@samverkan/shared/api-http';
import type { StrategyCitationsResponse, StrategyEvidenceResponse, StrategySuggestionsResponse } from '@samverkan/strategy/contract';
import { AddCitationDto, StrategyEvidenceQueryDto, StrategySuggestionsQueryDto } from './evidence.dto';
import * as R from './evidence.responses';
import { StrategyEvidenceService } from './strategy-evidence.service';

const NOT_FOUND = { description: 'No such version (`strategy.not-found`), or a draft the caller may not see.', type: ApiErrorBody };

/**
 * Drafting a strategy version with evidence: the evidence panel per focus area and the suggestions
 * (committee and council, `strategy.read-drafts`), and the citations of its positions (read like the
 * version; added and removed by the committee, `strategy.draft`, while it is a draft).
 */
@ApiTags('strategy')
@Controller('strategies')
export class StrategyEvidenceController {
  constructor(private readonly evidence: StrategyEvidenceService) {}

  @Get(':id/evidence')
  @Requires('strategy.read-drafts')
  @ApiOkResponse({
    type: R.StrategyEvidenceResponse,
    description:
      'What the conferences since the previous version treated for one focus area of the version (older codes ' +
      'translated through the mappings): themes, published programme items, imported sessions, accepted proposals, ' +
      'decisions on them, evaluation wishes (counts) and participants by organisation type.',
  })
  @ApiBadRequestResponse({ description: '`strategy.unknown-focus-area`: not an area of this version.', type: ApiErrorBody })
  @ApiNotFoundResponse(NOT_FOUND)
  get(@IdParam() id: string, @Query() query: StrategyEvidenceQueryDto): Promise<StrategyEvidenceResponse> {
    return this.evidence.evidence(id, query);
  }

  @Get(':id/suggestions')
  @Requires('strategy.read-drafts')
  @ApiOkResponse({
    type: R.StrategySuggestionsResponse,
    description: 'Areas treated (themes or programme time) at minConferences or more conferences that no position cites.',
  })
  @ApiNotFoundResponse(NOT_FOUND)
  suggestions(
    @IdParam() id: string,
    @Query() query: StrategySuggestionsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StrategySuggestionsResponse> {
    return this.evidence.suggestions(id, query, user);
  }

  @Get(':id/citations')
  @Public()
  @Shareable()
  @ApiOkResponse({
    type: R.StrategyCitationsResponse,
    description: 'Each position with its citations as numbered footnotes (a gone target: removed) and whether it is supported.',
  })
  @ApiNotFoundResponse(NOT_FOUND)
  citations(@IdParam() id: string, @OptionalUser() user?: AuthenticatedUser): Promise<StrategyCitationsResponse> {
    return this.evidence.citationsOf(id, user);
  }

  @Post(':id/citations')
  @Requires('strategy.draft')
  @ApiCreatedResponse({ type: R.StrategyCitationsResponse, description: 'The position cites the entry; all citations of the version.' })
  @ApiBadRequestResponse({ description: '`strategy.unknown-position`, `strategy.unknown-evidence`.', type: ApiErrorBody })
  @ApiConflictResponse({ description: '`strategy.not-draft`, `strategy.already-cited`.', type: ApiErrorBody })
  @ApiNotFoundResponse(NOT_FOUND)
  add(@IdParam() id: string, @Body() body: AddCitationDto, @CurrentUser() user: AuthenticatedUser): Promise<StrategyCitationsResponse> {
    return this.evidence.addCitation(id, body, user);
  }

  @Delete(':id/citations/:citationId')
  @Requires('strategy.draft')
  @ApiOkResponse({ type: R.StrategyCitationsResponse, description: 'The citation removed; all citations of the version.' })
  @ApiConflictResponse({ description: '`strategy.not-draft`.', type: ApiErrorBody })
  @ApiNotFoundResponse({ description: '`strategy.not-found`, `strategy.citation-not-found`.', type: ApiErrorBody })
  remove(
    @IdParam() id: string,
    @IdParam('citationId') citationId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StrategyCitationsResponse> {
    return this.evidence.removeCitation(id, citationId, user);
  }
}
