import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { SingleLine, toInt } from '@samverkan/shared/api-validation';
import { DEFAULT_LAST_N, DEFAULT_MIN_SHARE, type CoverageItemsQuery, type CoverageQuery } from '@samverkan/coverage/contract';
import { FOCUS_AREA_CODE_SCHEMA, FOCUS_AREA_CODE_PATTERN, type FocusAreaCode } from '@samverkan/strategy/contract';

/** `?conferenceIds=a,b` or `?conferenceIds=a&conferenceIds=b`. */
export const toList = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : (Array.isArray(value) ? value : [value])
        .flatMap((v) => String(v).split(','))
        .map((v) => v.trim())
        .filter(Boolean);
const toNumber = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBoolean = ({ value }: { value: unknown }) => value === true || value === 'true' || value === '1';

/** Which conferences: calendar years, and/or chosen conferences (the coverage report, the strategy's evidence). */
export class ConferenceWindowDto {
  @ApiPropertyOptional({ description: 'First calendar year included.', example: 2023 })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'Ange ett årtal.' })
  @Min(1950)
  @Max(2100)
  fromYear?: number;

  @ApiPropertyOptional({ description: 'Last calendar year included.', example: 2026 })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'Ange ett årtal.' })
  @Min(1950)
  @Max(2100)
  toYear?: number;

  @ApiPropertyOptional({ type: [String], description: 'Only these conferences (live or imported ids), comma-separated.' })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'Okänd konferens.' })
  conferenceIds?: string[];
}

export class CoverageQueryDto extends ConferenceWindowDto implements CoverageQuery {
  @ApiPropertyOptional({ description: 'Gap threshold: share of programme time (0–1).', default: DEFAULT_MIN_SHARE })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber({}, { message: 'Ange en andel mellan 0 och 1.' })
  @Min(0)
  @Max(1)
  minShare?: number;

  @ApiPropertyOptional({ description: 'Gap rules look at this many of the most recent conferences.', default: DEFAULT_LAST_N })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'Ange ett antal konferenser.' })
  @Min(1)
  @Max(40)
  lastN?: number;
}

export class CoverageItemsQueryDto implements CoverageItemsQuery {
  /** A code of the adopted strategy: one of the six so far, or what a later version named its areas. */
  @ApiProperty({ pattern: FOCUS_AREA_CODE_PATTERN.source, example: FOCUS_AREA_CODE_SCHEMA.example })
  @IsString()
  @Matches(FOCUS_AREA_CODE_PATTERN, { message: 'Välj ett fokusområde.' })
  @SingleLine()
  focusArea!: FocusAreaCode;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'Okänd konferens.' })
  conferenceId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1950)
  @Max(2100)
  fromYear?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1950)
  @Max(2100)
  toYear?: number;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'Okänd konferens.' })
  conferenceIds?: string[];
}

export class HistoryImportQueryDto {
  @ApiPropertyOptional({ description: 'Check the file and show what would change, without writing.', default: false })
  @IsOptional()
  @Transform(toBoolean)
  dryRun?: boolean;
}
