import { Controller, Get } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ThemeLineageResponse } from '@samverkan/conferences/contract';
import { OptionalUser, Public, type AuthenticatedUser } from '@samverkan/identity/api';
import { ApiErrorBody, IdParam, Shareable } from '@samverkan/shared/api-http';
import * as R from './dto/proposal.responses';
import { ThemeLineageService } from './queries/theme-lineage.service';

@ApiTags('proposals')
@Controller('conferences')
export class LineageController {
  constructor(private readonly lineage: ThemeLineageService) {}

  /** Public: what each caller sees of a theme's story is decided in `lineage-view.ts`; a draft conference is 404 to those who may not see it. */
  @Get(':id/lineage')
  @Public()
  @Shareable()
  @ApiOkResponse({ type: R.ThemeLineageResponse, isArray: true })
  @ApiNotFoundResponse({ description: 'No such conference, or a draft and the caller is not staff.', type: ApiErrorBody })
  themes(@IdParam() id: string, @OptionalUser() user?: AuthenticatedUser): Promise<ThemeLineageResponse[]> {
    return this.lineage.lineage(id, user);
  }
}
