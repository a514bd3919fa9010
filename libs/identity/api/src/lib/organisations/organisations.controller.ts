import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { OrganisationResponse } from '@samverkan/identity/contract';
import type { Page } from '@samverkan/shared/contract';
import { Requires } from '../auth/permission.decorator';
import { ApiErrorBody, IdParam } from '@samverkan/shared/api-http';
import * as R from '../dto/identity.responses';
import { CreateOrganisationDto, OrganisationQueryDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Requires('organisations.read')
  @ApiOkResponse({ type: R.OrganisationPage })
  list(@Query() query: OrganisationQueryDto): Promise<Page<OrganisationResponse>> {
    return this.organisations.list(query);
  }

  @Post()
  @Requires('organisations.manage')
  @ApiCreatedResponse({ type: R.OrganisationResponse })
  create(@Body() body: CreateOrganisationDto): Promise<OrganisationResponse> {
    return this.organisations.create(body);
  }

  @Patch(':id')
  @Requires('organisations.manage')
  @ApiOkResponse({ type: R.OrganisationResponse })
  @ApiNotFoundResponse({ description: 'No such organisation.', type: ApiErrorBody })
  update(@IdParam() id: string, @Body() body: UpdateOrganisationDto): Promise<OrganisationResponse> {
    return this.organisations.update(id, body);
  }
}
