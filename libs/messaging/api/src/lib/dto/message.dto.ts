import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';
import { REGISTRATION_STATUSES, type RegistrationStatus } from '@samverkan/registrations/contract';
import type { MessageFilter, PutRemindersRequest, ReminderInput, SendMessageRequest } from '@samverkan/messaging/contract';
import { IsDateTime, MultiLine, OptionalNotNull, SingleLine, trim } from '@samverkan/shared/api-validation';

export class MessageFilterDto implements MessageFilter {
  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES, description: 'Absent: confirmed and waitlisted. Cancelled only when asked for.' })
  @OptionalNotNull()
  @IsIn(REGISTRATION_STATUSES)
  status?: RegistrationStatus;

  @ApiPropertyOptional({ enum: ORGANISATION_TYPES })
  @OptionalNotNull()
  @IsIn(ORGANISATION_TYPES)
  organisationType?: OrganisationType;

  @ApiPropertyOptional({ format: 'uuid', description: 'Signed up for this programme item.' })
  @OptionalNotNull()
  @IsUUID()
  agendaItemId?: string;

  @ApiPropertyOptional({ description: 'Checked in (true) or not yet (false); absent: either.' })
  @OptionalNotNull()
  @IsBoolean()
  checkedIn?: boolean;
}

export class SendMessageDto implements SendMessageRequest {
  @ApiProperty({ maxLength: 200, example: 'Välkommen, {förnamn}!' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @SingleLine()
  subjectSv!: string;

  @ApiProperty({ maxLength: 10000, example: 'Hej {förnamn}! Programmet finns här: {programlänk}' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  @MultiLine()
  bodySv!: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'With bodyEn: the text for people who chose English.' })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @SingleLine()
  subjectEn?: string;

  @ApiPropertyOptional({ maxLength: 10000 })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  @MultiLine()
  bodyEn?: string;

  @ApiProperty({ type: MessageFilterDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MessageFilterDto)
  filter!: MessageFilterDto;

  @ApiPropertyOptional({ default: false, description: 'Count the recipients and render one example; nothing is stored or sent.' })
  @OptionalNotNull()
  @IsBoolean()
  dryRun?: boolean;
}

export class ReminderInputDto implements ReminderInput {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 365,
    description: 'Days before the conference starts, at its start time. Either this or sendAt.',
  })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(365)
  daysBefore?: number;

  @ApiPropertyOptional({ format: 'date-time', description: 'A time of its own. Either this or daysBefore.' })
  @OptionalNotNull()
  @IsDateTime()
  sendAt?: string;

  @ApiProperty({ maxLength: 5000 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  @MultiLine()
  textSv!: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  @MultiLine()
  textEn?: string;
}

export class PutRemindersDto implements PutRemindersRequest {
  @ApiProperty({ type: ReminderInputDto, isArray: true, maxItems: 10, description: 'Replaces the reminders not yet sent.' })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ReminderInputDto)
  reminders!: ReminderInputDto[];
}
