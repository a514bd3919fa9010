import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { SingleLine, toInt } from '@samverkan/shared/api-validation';
import { ConferenceWindowDto } from '../dto/coverage-query.dto';
import {
  DEFAULT_SUGGESTION_MIN_CONFERENCES,
  EVIDENCE_KINDS,
  EVIDENCE_PAGE_CONFERENCES,
  EVIDENCE_PAGE_MAX_CONFERENCES,
  FOCUS_AREA_CODE_PATTERN,
  type AddCitationRequest,
  type EvidenceKind,
  type StrategyEvidenceQuery,
} from '@samverkan/strategy/contract';

/** The window of the evidence: years, or conferences; without years, since the previous version. */
export class EvidenceFiltersDto extends ConferenceWindowDto {}

export class StrategyEvidenceQueryDto extends EvidenceFiltersDto implements StrategyEvidenceQuery {
  @ApiProperty({ description: 'A focus-area code of the version.', pattern: FOCUS_AREA_CODE_PATTERN.source, example: 'skills' })
  @IsString()
  @Matches(FOCUS_AREA_CODE_PATTERN, { message: 'Välj ett fokusområde.' })
  @SingleLine()
  focusArea!: string;

  @ApiPropertyOptional({ description: 'Conferences with evidence to skip, the most recent first.', default: 0 })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'Ange ett heltal.' })
  @Min(0)
  @Max(10000)
  offset?: number;

  @ApiPropertyOptional({ description: 'Conferences with evidence in this answer.', default: EVIDENCE_PAGE_CONFERENCES })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'Ange ett antal konferenser.' })
  @Min(1)
  @Max(EVIDENCE_PAGE_MAX_CONFERENCES)
  limit?: number;
}

export class StrategySuggestionsQueryDto extends EvidenceFiltersDto {
  @ApiPropertyOptional({
    description: 'An area treated at this many conferences or more, and cited by no position, is suggested.',
    default: DEFAULT_SUGGESTION_MIN_CONFERENCES,
  })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'Ange ett antal konferenser.' })
  @Min(1)
  @Max(100)
  minConferences?: number;
}

export class AddCitationDto implements AddCitationRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Välj en ståndpunkt.' })
  positionId!: string;

  @ApiProperty({ enum: EVIDENCE_KINDS })
  @IsIn(EVIDENCE_KINDS, { message: 'Okänd sorts underlag.' })
  kind!: EvidenceKind;

  @ApiProperty({ format: 'uuid', description: 'The evidence entry’s id (the conference’s for participants and wishes).' })
  @IsUUID('all', { message: 'Välj underlag.' })
  refId!: string;
}
