import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
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
import { FOCUS_AREA_CODES, type FocusAreaCode } from '@samverkan/strategy/contract';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const nullableText = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const ISO = { strict: true, strictSeparator: true };
const ISO_MESSAGE = 'Ange tid som ISO 8601 med tidszon, t.ex. 2026-04-14T09:30:00+02:00.';

export class CreateConferenceDto implements CreateConferenceRequest {
  @ApiProperty({ example: 'Industrikommunernas konferens 2027' })
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'Titeln måste ha minst 3 tecken.' })
  @MaxLength(300)
  titleSv!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(nullableText)
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(300)
  titleEn?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(nullableText)
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(20000)
  descriptionSv?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(nullableText)
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(20000)
  descriptionEn?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'The host municipality (an organisation).' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  hostOrganisationId?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(nullableText)
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(300)
  venue?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(nullableText)
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(500)
  address?: string | null;

  @ApiProperty({ example: '2027-04-14T09:00:00+02:00' })
  @IsISO8601(ISO, { message: ISO_MESSAGE })
  startsAt!: string;

  @ApiProperty({ example: '2027-04-15T16:00:00+02:00' })
  @IsISO8601(ISO, { message: ISO_MESSAGE })
  endsAt!: string;

  @ApiProperty({ minimum: 0, maximum: 100000, example: 250 })
  @IsInt({ message: 'Antal platser måste vara ett heltal.' })
  @Min(0)
  @Max(100000)
  capacity!: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsISO8601(ISO, { message: ISO_MESSAGE })
  registrationOpensAt?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsISO8601(ISO, { message: ISO_MESSAGE })
  registrationClosesAt?: string | null;

  @ApiProperty({ enum: FOCUS_AREA_CODES, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'Välj minst ett fokusområde.' })
  @ArrayUnique()
  @IsIn(FOCUS_AREA_CODES, { each: true, message: 'Okänt fokusområde.' })
  focusAreaCodes!: FocusAreaCode[];
}

export class UpdateConferenceDto extends PartialType(CreateConferenceDto) implements UpdateConferenceRequest {}

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
  titleSv!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(nullableText)
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(300)
  titleEn?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(nullableText)
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(20000)
  descriptionSv?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(nullableText)
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(20000)
  descriptionEn?: string | null;

  @ApiProperty({ enum: FOCUS_AREA_CODES, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'Välj minst ett fokusområde.' })
  @ArrayUnique()
  @IsIn(FOCUS_AREA_CODES, { each: true, message: 'Okänt fokusområde.' })
  focusAreaCodes!: FocusAreaCode[];
}

export class UpdateThemeDto extends PartialType(CreateThemeDto) implements UpdateThemeRequest {}
