import { trim, toInt, MultiLine, OptionalNotNull, OptionalText, PatchType, SingleLine } from '@samverkan/shared/api-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
  Matches,
} from 'class-validator';
import {
  PROPOSAL_FORMATS,
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  type CreateCommentRequest,
  type CreateProposalRequest,
  type ProposalFormat,
  type ProposalKind,
  type ProposalGapsQuery,
  type ProposalQuery,
  type ProposalState,
  type ReviewRequest,
  type SuggestedSpeaker,
  type UpdateProposalRequest,
} from '@samverkan/proposals/contract';
import { FOCUS_AREA_CODE_PATTERN, FOCUS_AREA_CODE_SCHEMA, type FocusAreaCode } from '@samverkan/strategy/contract';

export class SpeakerDto implements SuggestedSpeaker {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'Ange talarens namn.' })
  @MaxLength(200)
  @SingleLine()
  name!: string;

  @OptionalText(200)
  organisation?: string | null;

  @OptionalText(300)
  contact?: string | null;
}

export class CreateProposalDto implements CreateProposalRequest {
  @ApiProperty({ enum: PROPOSAL_KINDS })
  @IsIn(PROPOSAL_KINDS, { message: 'Välj typ av förslag.' })
  kind!: ProposalKind;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'Titeln måste ha minst 3 tecken.' })
  @MaxLength(300)
  @SingleLine()
  title!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(10, { message: 'Sammanfattningen måste ha minst 10 tecken.' })
  @MaxLength(2000)
  @MultiLine()
  summary!: string;

  @OptionalText(20000, { multiLine: true })
  description?: string | null;

  @ApiProperty({ ...FOCUS_AREA_CODE_SCHEMA, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'Välj minst ett fokusområde.' })
  @ArrayUnique()
  @Matches(FOCUS_AREA_CODE_PATTERN, { each: true, message: 'Okänt fokusområde.' })
  @SingleLine({ each: true })
  focusAreaCodes!: FocusAreaCode[];

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  targetConferenceId?: string | null;

  @ApiPropertyOptional({ enum: PROPOSAL_FORMATS, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(PROPOSAL_FORMATS)
  format?: ProposalFormat | null;

  @ApiPropertyOptional({ nullable: true, minimum: 5, maximum: 1440 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(5)
  @Max(1440)
  durationMinutes?: number | null;

  @ApiPropertyOptional({ type: [SpeakerDto] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SpeakerDto)
  speakers?: SpeakerDto[];
}

export class UpdateProposalDto extends PatchType(CreateProposalDto) implements UpdateProposalRequest {}

export class ProposalGapsQueryDto implements ProposalGapsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Without it: the next upcoming conference.' })
  @IsOptional()
  @IsUUID()
  conferenceId?: string;
}

export class ProposalQueryDto implements ProposalQuery {
  @ApiPropertyOptional(FOCUS_AREA_CODE_SCHEMA)
  @IsOptional()
  @Matches(FOCUS_AREA_CODE_PATTERN, { message: 'Okänt fokusområde.' })
  @SingleLine()
  focusArea?: FocusAreaCode;

  @ApiPropertyOptional({ enum: PROPOSAL_STATES })
  @IsOptional()
  @IsIn(PROPOSAL_STATES)
  state?: ProposalState;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  conferenceId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  proposerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @SingleLine()
  search?: string;

  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  offset?: number;
}

export class CreateCommentDto implements CreateCommentRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Skriv en kommentar.' })
  @MaxLength(5000)
  @MultiLine()
  body!: string;
}

export class ReviewDto implements ReviewRequest {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  relevance!: number;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  quality!: number;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  feasibility!: number;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(5, { message: 'Motivera din bedömning (minst 5 tecken).' })
  @MaxLength(5000)
  @MultiLine()
  text!: string;
}
