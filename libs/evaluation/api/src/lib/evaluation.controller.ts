import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Public, Requires } from '@samverkan/identity/api';
import { ApiErrorBody, IdParam } from '@samverkan/shared/api-http';
import type { EvaluationForm, EvaluationInvitationsResult, EvaluationResults, EvaluationSettings } from '@samverkan/evaluation/contract';
import { EvaluationAnswerDto, EvaluationSettingsDto } from './dto/evaluation.dto';
import * as R from './dto/evaluation.responses';
import { EvaluationAnswers } from './evaluation-answers.service';
import { EvaluationInvitations } from './evaluation-invitations.service';
import { EvaluationResultsService } from './evaluation-results.service';

@ApiTags('evaluation')
@Controller()
export class EvaluationController {
  constructor(
    private readonly answers: EvaluationAnswers,
    private readonly results: EvaluationResultsService,
    private readonly invitations: EvaluationInvitations,
  ) {}

  @Get('registrations/:token/evaluation')
  @Public()
  @ApiOkResponse({ description: 'The form: conference, the person’s programme items, focus areas, their answer, the close time.', type: R.EvaluationForm })
  @ApiNotFoundResponse({ description: 'No registration has this manage token.', type: ApiErrorBody })
  form(@Param('token') token: string): Promise<EvaluationForm> {
    return this.answers.form(token);
  }

  @Put('registrations/:token/evaluation')
  @Public()
  @ApiOkResponse({ description: 'Saved (a new answer replaces the earlier one); the form as it now stands.', type: R.EvaluationForm })
  @ApiBadRequestResponse({ description: 'A programme item that is not among the person’s own, named in params and errors.', type: ApiErrorBody })
  @ApiUnprocessableEntityResponse({
    description: 'Not open to this person: before the end, after the close, a waitlisted or cancelled registration, a cancelled conference.',
    type: ApiErrorBody,
  })
  @ApiNotFoundResponse({ description: 'No registration has this manage token.', type: ApiErrorBody })
  answer(@Param('token') token: string, @Body() body: EvaluationAnswerDto): Promise<EvaluationForm> {
    return this.answers.answer(token, body);
  }

  @Get('conferences/:id/evaluation')
  @Requires('evaluation.read')
  @ApiOkResponse({ description: 'The anonymous results: counts, distribution, means per item, texts, wishes. No names.', type: R.EvaluationResults })
  resultsOf(@IdParam() id: string): Promise<EvaluationResults> {
    return this.results.results(id);
  }

  /** Changing when answers are taken is running the conference, not reading results: conferences.manage. */
  @Put('conferences/:id/evaluation/settings')
  @Requires('conferences.manage')
  @ApiOkResponse({ type: R.EvaluationSettings })
  @ApiUnprocessableEntityResponse({ description: 'The close time lies before the conference’s end.', type: ApiErrorBody })
  settings(@IdParam() id: string, @Body() body: EvaluationSettingsDto): Promise<EvaluationSettings> {
    return this.results.setClosesAt(id, body);
  }

  /** Mailing every participant is acting on the conference, not reading its results: conferences.manage. */
  @Post('conferences/:id/evaluation/invitations')
  @Requires('conferences.manage')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Sent (or sent before: `alreadySent`, nothing new written).', type: R.EvaluationInvitationsResult })
  @ApiUnprocessableEntityResponse({ description: 'The conference has not ended, its evaluation has closed, or it was cancelled.', type: ApiErrorBody })
  invite(@IdParam() id: string): Promise<EvaluationInvitationsResult> {
    return this.invitations.inviteNow(id);
  }
}
