import {
  trim,
  nullableText,
  IsDateTime,
  MultiLine,
  OptionalDate,
  OptionalDateTime,
  OptionalNotNull,
  OptionalText,
  SingleLine,
} from '@samverkan/shared/api-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
  Matches,
} from 'class-validator';
import type {
  AddMeetingItemRequest,
  AttendanceRequest,
  CreateMeetingRequest,
  NewActionItem,
  RecordDecisionRequest,
  ReorderItemsRequest,
  UpdateMeetingRequest,
} from '@samverkan/committee/contract';
import { DECISION_OUTCOMES, type DecisionOutcome } from '@samverkan/proposals/contract';
import { FOCUS_AREA_CODE_PATTERN, FOCUS_AREA_CODE_SCHEMA, type FocusAreaCode } from '@samverkan/strategy/contract';

export class CreateMeetingDto implements CreateMeetingRequest {
  @ApiProperty({ example: 'Arbetsutskottets möte 3/2027' })
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'Ange en rubrik.' })
  @MaxLength(300)
  @SingleLine()
  title!: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateTime()
  startsAt!: string;

  @OptionalDateTime()
  endsAt?: string | null;

  @OptionalText(300)
  place?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(nullableText)
  @ValidateIf((_, v) => v !== null)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Ange en https-länk.' })
  @MaxLength(500)
  @SingleLine()
  videoLink?: string | null;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  participantIds!: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Defaults to the creator.' })
  @OptionalNotNull()
  @IsUUID()
  chairId?: string;
}

export class UpdateMeetingDto implements UpdateMeetingRequest {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  @SingleLine()
  title?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @OptionalNotNull()
  @IsDateTime()
  startsAt?: string;

  @OptionalDateTime()
  endsAt?: string | null;

  @OptionalText(300)
  place?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(nullableText)
  @ValidateIf((_, v) => v !== null)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Ange en https-länk.' })
  @MaxLength(500)
  @SingleLine()
  videoLink?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @OptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  participantIds?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  @OptionalNotNull()
  @IsUUID()
  chairId?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Justerare.' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  minutesApproverId?: string | null;
}

export class AddMeetingItemDto implements AddMeetingItemRequest {
  @ApiProperty({ enum: ['proposal', 'other', 'strategy-adoption'] })
  @IsIn(['proposal', 'other', 'strategy-adoption'])
  kind!: 'proposal' | 'other' | 'strategy-adoption';

  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf((o: AddMeetingItemDto) => o.kind === 'proposal' || o.proposalId !== undefined)
  @IsUUID()
  proposalId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'For `strategy-adoption`: the version in consultation.' })
  @ValidateIf((o: AddMeetingItemDto) => o.kind === 'strategy-adoption' || o.strategyId !== undefined)
  @IsUUID()
  strategyId?: string;

  @ApiPropertyOptional()
  @ValidateIf((o: AddMeetingItemDto) => o.kind === 'other' || o.title !== undefined)
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'Ange en rubrik.' })
  @MaxLength(300)
  @SingleLine()
  title?: string;
}

export class ReorderItemsDto implements ReorderItemsRequest {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  itemIds!: string[];
}

export class AttendanceDto implements AttendanceRequest {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  presentUserIds!: string[];
}

export class NewActionItemDto implements NewActionItem {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  @SingleLine()
  title!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  ownerId!: string;

  @OptionalDate({ example: '2027-05-01' })
  dueDate?: string | null;

  @ApiPropertyOptional({ ...FOCUS_AREA_CODE_SCHEMA, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(FOCUS_AREA_CODE_PATTERN, { message: 'Okänt fokusområde.' })
  @SingleLine()
  focusAreaCode?: FocusAreaCode | null;
}

export class RecordDecisionDto implements RecordDecisionRequest {
  @ApiPropertyOptional({ enum: DECISION_OUTCOMES })
  @OptionalNotNull()
  @IsIn(DECISION_OUTCOMES)
  outcome?: DecisionOutcome;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'Motivera beslutet.' })
  @MaxLength(5000)
  @MultiLine()
  motivation?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(10000)
  @MultiLine()
  decisionText?: string;

  @ApiPropertyOptional({ type: [NewActionItemDto] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NewActionItemDto)
  actionItems?: NewActionItemDto[];
}

export class CloseActionItemDto {
  @ApiProperty({ enum: ['open', 'closed'] })
  @IsIn(['open', 'closed'])
  status!: 'open' | 'closed';
}

export class ActionItemQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: 'open' | 'closed';
}
