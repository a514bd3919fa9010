import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OptionalUser, Public, Requires, type AuthenticatedUser } from '@samverkan/identity/api';
import { ApiErrorBody, IdParam } from '@samverkan/shared/api-http';
import type { StrategyDiffResponse, StrategyVersionResponse, StrategyVersionSummary } from '@samverkan/strategy/contract';
import { CreateStrategyDraftDto, StrategyContentDto, StrategyDiffQueryDto, StrategyMappingDto } from './dto/strategy-version.dto';
import * as R from './dto/strategy-version.responses';
import { StrategyConsultationService } from '../consultation/strategy-consultation.service';
import { StrategyDraftingService } from './strategy-drafting.service';
import { StrategyVersionsQuery } from './strategy-versions.query';

const NOT_DRAFT = {
  description: 'The version is not in the state this needs (`strategy.not-draft`, `strategy.wrong-state`).',
  type: ApiErrorBody,
};

/**
 * The strategy's versions. Reads are public, but drafts and versions in consultation exist only for
 * `strategy.read-drafts` (others get them neither in the list nor by id: 404). Drafting is
 * `strategy.draft` (the working committee and admins).
 */
@ApiTags('strategy')
@Controller('strategies')
export class StrategiesController {
  constructor(
    private readonly versions: StrategyVersionsQuery,
    private readonly drafting: StrategyDraftingService,
    private readonly consultation: StrategyConsultationService,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: R.StrategyVersionSummary, isArray: true, description: 'Oldest first; drafts and consultations last.' })
  list(@OptionalUser() user?: AuthenticatedUser): Promise<StrategyVersionSummary[]> {
    return this.versions.list(user);
  }

  @Post()
  @Requires('strategy.draft')
  @ApiCreatedResponse({ type: R.StrategyVersionResponse, description: 'A draft copied from the adopted version.' })
  @ApiConflictResponse({ description: '`strategy.draft-exists`, `strategy.version-taken`.', type: ApiErrorBody })
  createDraft(@Body() body: CreateStrategyDraftDto): Promise<StrategyVersionResponse> {
    return this.drafting.createDraft(body);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: R.StrategyVersionResponse })
  @ApiNotFoundResponse({ description: 'No such version, or a draft and the caller may not see drafts.', type: ApiErrorBody })
  get(@IdParam() id: string, @OptionalUser() user?: AuthenticatedUser): Promise<StrategyVersionResponse> {
    return this.versions.get(id, user);
  }

  @Get(':id/diff')
  @Public()
  @ApiOkResponse({
    type: R.StrategyDiffResponse,
    description: 'This version compared with `against`, per focus area and position, words marked.',
  })
  @ApiNotFoundResponse({ description: 'Either version missing, or a draft the caller may not see.', type: ApiErrorBody })
  diff(
    @IdParam() id: string,
    @Query() query: StrategyDiffQueryDto,
    @OptionalUser() user?: AuthenticatedUser,
  ): Promise<StrategyDiffResponse> {
    return this.versions.diff(id, query.against, user);
  }

  @Put(':id/content')
  @Requires('strategy.draft')
  @ApiOkResponse({
    type: R.StrategyVersionResponse,
    description: 'The draft’s whole text replaced: areas and positions added, edited, reordered, deleted.',
  })
  @ApiConflictResponse(NOT_DRAFT)
  updateContent(@IdParam() id: string, @Body() body: StrategyContentDto): Promise<StrategyVersionResponse> {
    return this.drafting.updateContent(id, body);
  }

  @Put(':id/mapping')
  @Requires('strategy.draft')
  @ApiOkResponse({ type: R.StrategyVersionResponse, description: 'How the previous version’s focus areas map into this draft’s.' })
  @ApiConflictResponse(NOT_DRAFT)
  setMapping(@IdParam() id: string, @Body() body: StrategyMappingDto): Promise<StrategyVersionResponse> {
    return this.drafting.setMapping(id, body.entries);
  }

  @Post(':id/import')
  @HttpCode(200)
  @Requires('strategy.draft')
  @ApiOkResponse({ type: R.StrategyVersionResponse, description: 'The text of a replaced version recorded without it.' })
  @ApiConflictResponse({ description: '`strategy.text-recorded`, `strategy.wrong-state`.', type: ApiErrorBody })
  importText(@IdParam() id: string, @Body() body: StrategyContentDto): Promise<StrategyVersionResponse> {
    return this.drafting.importText(id, body);
  }

  @Post(':id/consultation')
  @HttpCode(200)
  @Requires('strategy.draft')
  @ApiOkResponse({ type: R.StrategyVersionResponse, description: 'Draft → in consultation; the council and the committee are mailed.' })
  @ApiConflictResponse(NOT_DRAFT)
  sendToConsultation(@IdParam() id: string): Promise<StrategyVersionResponse> {
    return this.consultation.open(id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Requires('strategy.draft')
  @ApiOkResponse({ type: R.StrategyVersionResponse, description: 'In consultation → draft, to rework it.' })
  @ApiConflictResponse(NOT_DRAFT)
  withdraw(@IdParam() id: string): Promise<StrategyVersionResponse> {
    return this.drafting.withdrawFromConsultation(id);
  }
}
