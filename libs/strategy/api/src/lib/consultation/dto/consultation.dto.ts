import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import type { NewStrategyCommentRequest, NewWordingProposalRequest, WordingDecisionRequest } from '@samverkan/strategy/contract';
import { MultiLine, OptionalText, trim } from '@samverkan/shared/api-validation';

export class NewStrategyCommentDto implements NewStrategyCommentRequest {
  @ApiProperty({ maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'Skriv en synpunkt.' })
  @MaxLength(2000, { message: 'En synpunkt får vara högst 2000 tecken.' })
  @MultiLine()
  text!: string;
}

export class NewWordingProposalDto implements NewWordingProposalRequest {
  @ApiProperty({ maxLength: 2000, description: 'The whole new wording of the position.' })
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'En ståndpunkt måste ha minst 3 tecken.' })
  @MaxLength(2000)
  @MultiLine()
  text!: string;
}

export class WordingDecisionDto implements WordingDecisionRequest {
  @ApiProperty({ enum: ['accepted', 'rejected'] })
  @IsIn(['accepted', 'rejected'])
  decision!: 'accepted' | 'rejected';

  @OptionalText(2000, { multiLine: true, description: 'Why it was rejected (kept only for a rejection).' })
  reason?: string;
}
