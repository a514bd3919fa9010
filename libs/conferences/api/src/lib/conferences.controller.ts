import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ConferenceResponse, ThemeResponse } from '@samverkan/conferences/contract';
import { Authenticated, Requires, OptionalUser, Public, type AuthenticatedUser } from '@samverkan/identity/api';
import { ApiErrorBody, Shareable } from '@samverkan/shared/api-http';
import { ConferencesService } from './conferences.service';
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
  constructor(private readonly conferences: ConferencesService) {}

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
    return this.conferences.create(body);
  }

  @Get(':id')
  @Public()
  @Shareable()
  @ApiOkResponse({ type: R.ConferenceResponse })
  @ApiNotFoundResponse({ description: 'No such conference, or a draft and the caller is not staff.', type: ApiErrorBody })
  get(@Param('id', ParseUUIDPipe) id: string, @OptionalUser() user?: AuthenticatedUser): Promise<ConferenceResponse> {
    return this.conferences.get(id, user);
  }

  @Patch(':id')
  @Requires('conferences.manage')
  @ApiOkResponse({ type: R.ConferenceResponse })
  @ApiNotFoundResponse({ description: 'No such conference.', type: ApiErrorBody })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateConferenceDto): Promise<ConferenceResponse> {
    return this.conferences.update(id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Requires('conferences.manage')
  @ApiOkResponse({ type: R.ConferenceResponse })
  publish(@Param('id', ParseUUIDPipe) id: string): Promise<ConferenceResponse> {
    return this.conferences.publish(id);
  }

  @Post(':id/status')
  @HttpCode(200)
  @Requires('conferences.manage')
  @ApiOkResponse({ type: R.ConferenceResponse })
  changeStatus(@Param('id', ParseUUIDPipe) id: string, @Body() body: ConferenceStatusDto): Promise<ConferenceResponse> {
    return this.conferences.changeStatus(id, body.status);
  }

  @Post(':id/themes')
  @Requires('conferences.manage')
  @ApiCreatedResponse({ type: R.ThemeResponse })
  addTheme(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateThemeDto): Promise<ThemeResponse> {
    return this.conferences.addTheme(id, body);
  }

  @Patch(':id/themes/:themeId')
  @Requires('conferences.manage')
  @ApiOkResponse({ type: R.ThemeResponse })
  updateTheme(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('themeId', ParseUUIDPipe) themeId: string,
    @Body() body: UpdateThemeDto,
  ): Promise<ThemeResponse> {
    return this.conferences.updateTheme(id, themeId, body);
  }

  @Delete(':id/themes/:themeId')
  @HttpCode(204)
  @Requires('conferences.manage')
  @ApiNoContentResponse({ description: 'The theme is removed.' })
  removeTheme(@Param('id', ParseUUIDPipe) id: string, @Param('themeId', ParseUUIDPipe) themeId: string): Promise<void> {
    return this.conferences.removeTheme(id, themeId);
  }
}
