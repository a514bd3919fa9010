import { Body, Controller, Get, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { OptionalUser, Public, Requires, type AuthenticatedUser } from '@samverkan/identity/api';
import type { QuestionResponse } from '@samverkan/registrations/contract';
import { ApiErrorBody, IdParam, Shareable } from '@samverkan/shared/api-http';
import { QuestionDto, QuestionListPipe } from './dto/questions.dto';
import * as R from './dto/questions.responses';
import { QuestionsService } from './questions.service';

@ApiTags('registrations')
@Controller('conferences/:id/questions')
export class QuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  @Get()
  @Public()
  @Shareable()
  @ApiOkResponse({ description: 'The questions of the registration form, in order.', type: R.QuestionResponse, isArray: true })
  @ApiNotFoundResponse({ description: 'No such conference, or a draft and the caller is not staff.', type: ApiErrorBody })
  list(@IdParam() id: string, @OptionalUser() user?: AuthenticatedUser): Promise<QuestionResponse[]> {
    return this.questions.list(id, user);
  }

  @Put()
  @Requires('conferences.manage')
  @ApiBody({ type: QuestionDto, isArray: true, description: 'The whole list, in the form’s order.' })
  @ApiOkResponse({ description: 'The questions as stored, with their ids.', type: R.QuestionResponse, isArray: true })
  @ApiBadRequestResponse({ description: 'A question or option is invalid, unknown, or has too few options.', type: ApiErrorBody })
  @ApiUnprocessableEntityResponse({ description: 'The kind of an answered question cannot change.', type: ApiErrorBody })
  replace(@IdParam() id: string, @Body(QuestionListPipe) body: QuestionDto[]): Promise<QuestionResponse[]> {
    return this.questions.replace(id, body);
  }
}
