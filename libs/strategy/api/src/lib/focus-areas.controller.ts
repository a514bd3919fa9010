import { Shareable } from '@samverkan/shared/api-http';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@samverkan/identity/api';
import type { FocusAreaResponse } from '@samverkan/strategy/contract';
import { FocusAreaResponse as FocusAreaSchema } from './dto/strategy.responses';
import { FocusAreasService } from './focus-areas.service';

@ApiTags('strategy')
@Controller('focus-areas')
export class FocusAreasController {
  constructor(private readonly focusAreas: FocusAreasService) {}

  @Get()
  @Public()
  @Shareable()
  @ApiOkResponse({ description: 'The six focus areas of the current strategy.', type: FocusAreaSchema, isArray: true })
  list(): Promise<FocusAreaResponse[]> {
    return this.focusAreas.listCurrent();
  }
}
