import { trim, IsDateTime, OptionalDateTime, OptionalText, PatchType, SingleLine } from '@samverkan/shared/api-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
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
  Matches,
} from 'class-validator';
import {
  CONFERENCE_STATUSES,
  type ConferenceListQuery,
  type ConferenceStatus,
  type CreateConferenceRequest,
  type CreateThemeRequest,
  type UpdateConferenceRequest,
  type UpdateThemeRequest,
} from '@samverkan/conferences/contract';
import { FOCUS_AREA_CODE_PATTERN, FOCUS_AREA_CODE_SCHEMA, type FocusAreaCode } from '@samverkan/strategy/contract';

export class CreateConferenceDto implements CreateConferenceRequest {
  @ApiProperty({ example: 'Industrikommunernas konferens 2027' })
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'Titeln måste ha minst 3 tecken.' })
  @MaxLength(300)
  @SingleLine()
  titleSv!: string;

  @OptionalText(300)
  titleEn?: string | null;

  @OptionalText(20000, { multiLine: true })
  descriptionSv?: string | null;

  @OptionalText(20000, { multiLine: true })
  descriptionEn?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'The host municipality (an organisation).' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  hostOrganisationId?: string | null;

  @OptionalText(300)
  venue?: string | null;

  @OptionalText(500)
  address?: string | null;

  @ApiProperty({ format: 'date-time', example: '2027-04-14T09:00:00+02:00' })
  @IsDateTime()
  startsAt!: string;

  @ApiProperty({ format: 'date-time', example: '2027-04-15T16:00:00+02:00' })
  @IsDateTime()
  endsAt!: string;

  @ApiProperty({ minimum: 0, maximum: 100000, example: 250 })
  @IsInt({ message: 'Antal platser måste vara ett heltal.' })
  @Min(0)
  @Max(100000)
  capacity!: number;

  @OptionalDateTime()
  registrationOpensAt?: string | null;

  @OptionalDateTime()
  registrationClosesAt?: string | null;

  @ApiProperty({ ...FOCUS_AREA_CODE_SCHEMA, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'Välj minst ett fokusområde.' })
  @ArrayUnique()
  @Matches(FOCUS_AREA_CODE_PATTERN, { each: true, message: 'Okänt fokusområde.' })
  @SingleLine({ each: true })
  focusAreaCodes!: FocusAreaCode[];
}

export class UpdateConferenceDto extends PatchType(CreateConferenceDto) implements UpdateConferenceRequest {}

export class ConferenceStatusDto {
  @ApiProperty({ enum: ['cancelled', 'archived'] })
  @IsIn(['cancelled', 'archived'], { message: 'Status kan bara ändras till inställd eller arkiverad.' })
  status!: 'cancelled' | 'archived';
}

export class ConferenceListQueryDto implements ConferenceListQuery {
  @ApiPropertyOptional({ enum: ['upcoming', 'past', 'all'], default: 'all' })
  @IsOptional()
  @IsIn(['upcoming', 'past', 'all'])
  when?: 'upcoming' | 'past' | 'all';

  @ApiPropertyOptional({ enum: CONFERENCE_STATUSES, description: 'Staff only; the public sees published conferences.' })
  @IsOptional()
  @IsIn(CONFERENCE_STATUSES)
  status?: ConferenceStatus;
}

export class CreateThemeDto implements CreateThemeRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'Titeln måste ha minst 3 tecken.' })
  @MaxLength(300)
  @SingleLine()
  titleSv!: string;

  @OptionalText(300)
  titleEn?: string | null;

  @OptionalText(20000, { multiLine: true })
  descriptionSv?: string | null;

  @OptionalText(20000, { multiLine: true })
  descriptionEn?: string | null;

  @ApiProperty({ ...FOCUS_AREA_CODE_SCHEMA, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'Välj minst ett fokusområde.' })
  @ArrayUnique()
  @Matches(FOCUS_AREA_CODE_PATTERN, { each: true, message: 'Okänt fokusområde.' })
  @SingleLine({ each: true })
  focusAreaCodes!: FocusAreaCode[];
}

export class UpdateThemeDto extends PatchType(CreateThemeDto) implements UpdateThemeRequest {}
