import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ConferenceCopyResponse, ConferenceResponse, ThemeResponse } from '@samverkan/conferences/contract';
import { Requires, OptionalUser, Public, type AuthenticatedUser } from '@samverkan/identity/api';
import { ApiErrorBody, IdParam, Shareable } from '@samverkan/shared/api-http';
import { ConferenceChanges } from './conference-changes.service';
import { ConferenceCopier } from './copy/conference-copier.service';
import { CopyConferenceDto } from './dto/conference-copy.dto';
import { ConferenceCopyResponse as CopyResponse } from './dto/conference-copy.responses';
import { ConferencesService } from './conferences.service';
import { ThemesService } from './themes.service';
import * as R from './dto/conference.responses';
import {
  ConferenceListQueryDto,
  ConferenceStatusDto,
  CreateConferenceDto,
  CreateThemeDto,
  UpdateConferenceDto,
  UpdateThemeDto,
} from './dto/conference.dto';

@ApiTags('conferences')
@Controller('conferences')
export class ConferencesController {
  constructor(
    private readonly conferences: ConferencesService,
    private readonly changes: ConferenceChanges,
    private readonly themes: ThemesService,
    private readonly copier: ConferenceCopier,
  ) {}

  @Get()
  @Public()
  @Shareable()
  @ApiOkResponse({ type: R.ConferenceResponse, isArray: true })
  list(@Query() query: ConferenceListQueryDto, @OptionalUser() user?: AuthenticatedUser): Promise<ConferenceResponse[]> {
    return this.conferences.list(query, user);
  }

  @Post()
  @Requires('conferences.manage')
  @ApiCreatedResponse({ type: R.ConferenceResponse })
  create(@Body() body: CreateConferenceDto): Promise<ConferenceResponse> {
    return this.changes.create(body);
  }

  @Get('by-slug/:slug')
  @Public()
  @Shareable()
  @ApiOkResponse({ type: R.ConferenceResponse, description: 'The conference at its readable address (`/konferenser/<slug>`).' })
  @ApiNotFoundResponse({ description: 'No conference has this address, or it is a draft and the caller is not staff.', type: ApiErrorBody })
  getBySlug(@Param('slug') slug: string, @OptionalUser() user?: AuthenticatedUser): Promise<ConferenceResponse> {
    return this.conferences.getBySlug(slug, user);
  }

  @Get(':id')
  @Public()
  @Shareable()
  @ApiOkResponse({ type: R.ConferenceResponse })
  @ApiNotFoundResponse({ description: 'No such conference, or a draft and the caller is not staff.', type: ApiErrorBody })
  get(@IdParam() id: string, @OptionalUser() user?: AuthenticatedUser): Promise<ConferenceResponse> {
    return this.conferences.get(id, user);
  }

  @Patch(':id')
  @Requires('conferences.manage')
  @ApiOkResponse({ type: R.ConferenceResponse })
  @ApiNotFoundResponse({ description: 'No such conference.', type: ApiErrorBody })
  update(@IdParam() id: string, @Body() body: UpdateConferenceDto): Promise<ConferenceResponse> {
    return this.changes.update(id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Requires('conferences.manage')
  @ApiOkResponse({ type: R.ConferenceResponse })
  publish(@IdParam() id: string): Promise<ConferenceResponse> {
    return this.changes.publish(id);
  }

  @Post(':id/status')
  @HttpCode(200)
  @Requires('conferences.manage')
  @ApiOkResponse({ type: R.ConferenceResponse })
  changeStatus(@IdParam() id: string, @Body() body: ConferenceStatusDto): Promise<ConferenceResponse> {
    return this.changes.changeStatus(id, body.status);
  }

  @Post(':id/copy')
  @Requires('conferences.manage')
  @ApiCreatedResponse({ type: CopyResponse, description: 'A new draft with every date moved to the new start.' })
  @ApiNotFoundResponse({ description: 'No such conference.', type: ApiErrorBody })
  copy(@IdParam() id: string, @Body() body: CopyConferenceDto): Promise<ConferenceCopyResponse> {
    return this.copier.copy(id, body);
  }

  @Post(':id/themes')
  @Requires('conferences.manage')
  @ApiCreatedResponse({ type: R.ThemeResponse })
  addTheme(@IdParam() id: string, @Body() body: CreateThemeDto): Promise<ThemeResponse> {
    return this.themes.add(id, body);
  }

  @Patch(':id/themes/:themeId')
  @Requires('conferences.manage')
  @ApiOkResponse({ type: R.ThemeResponse })
  updateTheme(@IdParam() id: string, @IdParam('themeId') themeId: string, @Body() body: UpdateThemeDto): Promise<ThemeResponse> {
    return this.themes.update(id, themeId, body);
  }

  @Delete(':id/themes/:themeId')
  @HttpCode(204)
  @Requires('conferences.manage')
  @ApiNoContentResponse({ description: 'The theme is removed.' })
  removeTheme(@IdParam() id: string, @IdParam('themeId') themeId: string): Promise<void> {
    return this.themes.remove(id, themeId);
  }
}
