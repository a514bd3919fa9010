import { trim, toEmail, toInt, Email, MultiLine, OptionalNotNull, OptionalText, SingleLine } from '@samverkan/shared/api-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  Equals,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';
import {
  REGISTRATION_STATUSES,
  type Answers,
  type AttendeeQuery,
  type CheckInRequest,
  type CreateRegistrationRequest,
  type Language,
  type MoveOnWaitlistRequest,
  type RegistrationStatus,
  type SessionSignupRequest,
  type UpdateRegistrationRequest,
} from '@samverkan/registrations/contract';
import { InvoiceDetailsDto, InvoiceDetailsField } from '../fees/dto/fees.dto';

/** `<questionId>:<optionId|yes|no>` (AttendeeQuery.answer). */
export const ANSWER_FILTER =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|yes|no)$/i;

export class CreateRegistrationDto implements CreateRegistrationRequest {
  @ApiProperty({ example: 'Anna' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Ange förnamn.' })
  @MaxLength(100)
  @SingleLine()
  firstName!: string;

  @ApiProperty({ example: 'Andersson' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Ange efternamn.' })
  @MaxLength(100)
  @SingleLine()
  lastName!: string;

  @ApiProperty({ example: 'anna.andersson@finspang.se' })
  @Email()
  email!: string;

  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'A known organisation; otherwise give its name and type.' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  organisationId?: string | null;

  @ApiProperty({ example: 'Finspångs kommun' })
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'Ange organisation.' })
  @MaxLength(200)
  @SingleLine()
  organisationName!: string;

  @ApiProperty({ enum: ORGANISATION_TYPES })
  @IsIn(ORGANISATION_TYPES, { message: 'Välj typ av organisation.' })
  organisationType!: OrganisationType;

  @OptionalText(200)
  title?: string | null;

  @ApiPropertyOptional({
    default: false,
    description:
      'Consent to the processing of dietaryNeeds and accessibilityNeeds (health data, GDPR art. 9); without it they must be empty.',
  })
  @OptionalNotNull()
  @IsBoolean()
  healthDataConsent?: boolean;

  @OptionalText(1000, { multiLine: true })
  dietaryNeeds?: string | null;

  @OptionalText(1000, { multiLine: true })
  accessibilityNeeds?: string | null;

  @ApiPropertyOptional({ enum: ['sv', 'en'], default: 'sv' })
  @OptionalNotNull()
  @IsIn(['sv', 'en'])
  language?: Language;

  @ApiProperty({ enum: [true], description: 'Consent to the terms; required.' })
  @Equals(true, { message: 'Du behöver godkänna villkoren för att anmäla dig.' })
  consent!: true;

  @ApiPropertyOptional({ default: false })
  @OptionalNotNull()
  @IsBoolean()
  showOnAttendeeList?: boolean;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: {
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string', format: 'uuid' } }, { type: 'boolean' }],
    },
    description:
      'Answers keyed by question id: text, one option id (choice), option ids (choices) or a boolean (yes-no). Checked against the conference’s current questions.',
  })
  @OptionalNotNull()
  @IsObject()
  answers?: Answers;
  @InvoiceDetailsField()
  invoice?: InvoiceDetailsDto | null;
}

export class UpdateRegistrationDto implements UpdateRegistrationRequest {
  @ApiPropertyOptional({
    description: 'true gives consent to the processing of the needs (health data); false withdraws it and empties them.',
  })
  @OptionalNotNull()
  @IsBoolean()
  healthDataConsent?: boolean;

  @OptionalText(1000, { multiLine: true })
  dietaryNeeds?: string | null;

  @OptionalText(1000, { multiLine: true })
  accessibilityNeeds?: string | null;

  @OptionalText(200)
  title?: string | null;

  @ApiPropertyOptional({ enum: ['sv', 'en'] })
  @OptionalNotNull()
  @IsIn(['sv', 'en'])
  language?: Language;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  showOnAttendeeList?: boolean;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: {
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string', format: 'uuid' } }, { type: 'boolean' }],
    },
    description:
      'Answers keyed by question id: text, one option id (choice), option ids (choices) or a boolean (yes-no). Checked against the conference’s current questions.',
  })
  @OptionalNotNull()
  @IsObject()
  answers?: Answers;
}

export class AttendeeQueryDto implements AttendeeQuery {
  @ApiPropertyOptional({ description: 'Name, e-mail or organisation, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @SingleLine()
  search?: string;

  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES)
  status?: RegistrationStatus;

  @ApiPropertyOptional({ enum: ORGANISATION_TYPES })
  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  organisationType?: OrganisationType;

  @ApiPropertyOptional({
    description: 'Only those with this answer: `<questionId>:<optionId>` (choice, choices) or `<questionId>:yes` / `:no` (yes-no).',
    example: '6f1c2a9e-0000-4000-8000-000000000001:yes',
  })
  @IsOptional()
  @IsString()
  @SingleLine()
  @Matches(ANSWER_FILTER)
  answer?: string;

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

export class MoveOnWaitlistDto implements MoveOnWaitlistRequest {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  position!: number;

  @ApiProperty({ description: 'Why the order changes; kept in the registration history.' })
  @Transform(trim)
  @IsString()
  @MinLength(5, { message: 'Ange ett skäl (minst 5 tecken).' })
  @MaxLength(1000)
  @MultiLine()
  reason!: string;
}

export class CheckInDto implements CheckInRequest {
  @ApiProperty()
  @IsBoolean()
  checkedIn!: boolean;
}

export class OutboxQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toEmail)
  @IsString()
  @MaxLength(254)
  @SingleLine()
  to?: string;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class SessionSignupDto implements SessionSignupRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  agendaItemId!: string;
}
