import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import {
  FOCUS_AREA_CODE_PATTERN,
  type CreateStrategyDraftRequest,
  type FocusAreaMappingEntry,
  type StrategyContentRequest,
  type StrategyFocusAreaInput,
  type StrategyMappingRequest,
  type StrategyPositionInput,
} from '@samverkan/strategy/contract';
import { MultiLine, OptionalNotNull, SingleLine, trim } from '@samverkan/shared/api-validation';

const CODE_MESSAGE = 'Koden får bara ha små bokstäver a–z, siffror och bindestreck (2–40 tecken).';

function Code(): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ pattern: FOCUS_AREA_CODE_PATTERN.source, example: 'infrastructure' })(target, key);
    IsString()(target, key);
    Matches(FOCUS_AREA_CODE_PATTERN, { message: CODE_MESSAGE })(target, key);
    SingleLine()(target, key);
  };
}

/** A version label ("2028"): one line, letters, digits, spaces, hyphens. */
const VERSION_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} .-]{0,39}$/u;

export class CreateStrategyDraftDto implements CreateStrategyDraftRequest {
  @ApiProperty({ example: '2028', description: 'A short label, unique among the versions.' })
  @Transform(trim)
  @IsString()
  @Matches(VERSION_PATTERN, { message: 'Ange en kort beteckning, t.ex. 2028.' })
  @SingleLine()
  version!: string;

  @ApiPropertyOptional({ description: 'The title; the adopted version’s title when left out.' })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  @SingleLine()
  title?: string;
}

export class StrategyPositionInputDto implements StrategyPositionInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing position of this area (kept, so links to it survive).' })
  @OptionalNotNull()
  @IsUUID()
  id?: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'En ståndpunkt måste ha minst 3 tecken.' })
  @MaxLength(2000)
  @MultiLine()
  text!: string;
}

export class StrategyFocusAreaInputDto implements StrategyFocusAreaInput {
  @Code()
  code!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @SingleLine()
  titleSv!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @SingleLine()
  titleEn!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MaxLength(20000)
  @MultiLine()
  text!: string;

  @ApiProperty({ type: [StrategyPositionInputDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => StrategyPositionInputDto)
  positions!: StrategyPositionInputDto[];
}

export class StrategyContentDto implements StrategyContentRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  @SingleLine()
  title!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MaxLength(20000)
  @MultiLine()
  preamble!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MaxLength(20000)
  @MultiLine()
  vision!: string;

  @ApiProperty({ type: [StrategyFocusAreaInputDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'Versionen måste ha minst ett fokusområde.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => StrategyFocusAreaInputDto)
  focusAreas!: StrategyFocusAreaInputDto[];
}

export class FocusAreaMappingEntryDto implements FocusAreaMappingEntry {
  @Code()
  from!: string;

  @ApiProperty({ type: [String], description: 'Codes of this version; empty when the area is retired.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(FOCUS_AREA_CODE_PATTERN, { each: true, message: CODE_MESSAGE })
  @SingleLine({ each: true })
  to!: string[];
}

export class StrategyMappingDto implements StrategyMappingRequest {
  @ApiProperty({ type: [FocusAreaMappingEntryDto] })
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => FocusAreaMappingEntryDto)
  entries!: FocusAreaMappingEntryDto[];
}

export class StrategyDiffQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The version to compare against (the older side).' })
  @IsUUID()
  against!: string;
}
