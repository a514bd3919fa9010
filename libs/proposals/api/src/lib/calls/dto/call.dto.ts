import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, MaxLength, MinLength, Matches } from 'class-validator';
import {
  CALL_SUBMISSION_KINDS,
  type CallLanguage,
  type CallSubmissionKind,
  type ConfirmCallSubmissionRequest,
  type CreateCallRequest,
  type CreateCallSubmissionRequest,
  type DeclineCallSubmissionRequest,
  type UpdateCallRequest,
} from '@samverkan/proposals/contract';
import { Email, IsDateTime, MultiLine, OptionalNotNull, OptionalText, PatchType, SingleLine, trim } from '@samverkan/shared/api-validation';
import { MAX_FOCUS_AREAS, FOCUS_AREA_CODE_PATTERN, FOCUS_AREA_CODE_SCHEMA, type FocusAreaCode } from '@samverkan/strategy/contract';

function FocusAreaCodes(): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ ...FOCUS_AREA_CODE_SCHEMA, isArray: true })(target, key);
    IsArray()(target, key);
    ArrayMinSize(1, { message: 'Välj minst ett fokusområde.' })(target, key);
    ArrayMaxSize(MAX_FOCUS_AREAS)(target, key);
    ArrayUnique()(target, key);
    Matches(FOCUS_AREA_CODE_PATTERN, { each: true, message: 'Okänt fokusområde.' })(target, key);
    SingleLine({ each: true })(target, key);
  };
}

export class CreateCallDto implements CreateCallRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'Titeln måste ha minst 3 tecken.' })
  @MaxLength(300)
  @SingleLine()
  titleSv!: string;

  @OptionalText(300)
  titleEn?: string | null;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(10, { message: 'Texten måste ha minst 10 tecken.' })
  @MaxLength(20000)
  @MultiLine()
  textSv!: string;

  @OptionalText(20000, { multiLine: true })
  textEn?: string | null;

  @ApiProperty({ format: 'date-time' })
  @IsDateTime()
  opensAt!: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateTime()
  closesAt!: string;

  @FocusAreaCodes()
  focusAreaCodes!: FocusAreaCode[];
}

export class UpdateCallDto extends PatchType(CreateCallDto) implements UpdateCallRequest {}

export class CreateCallSubmissionDto implements CreateCallSubmissionRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'Ange ditt namn.' })
  @MaxLength(200)
  @SingleLine()
  name!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'Ange din organisation.' })
  @MaxLength(200)
  @SingleLine()
  organisationName!: string;

  @ApiProperty({ example: 'anna.andersson@finspang.se' })
  @Email()
  email!: string;

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

  @FocusAreaCodes()
  focusAreaCodes!: FocusAreaCode[];

  @ApiPropertyOptional({ enum: CALL_SUBMISSION_KINDS, default: 'session' })
  @OptionalNotNull()
  @IsIn(CALL_SUBMISSION_KINDS)
  kind?: CallSubmissionKind;

  @ApiPropertyOptional({ enum: ['sv', 'en'], default: 'sv', description: 'The language of the mails to the sender.' })
  @OptionalNotNull()
  @IsIn(['sv', 'en'])
  language?: CallLanguage;

  @ApiPropertyOptional({
    description: 'Leave empty: a field hidden from people. When filled, the request is answered as usual and nothing is kept.',
  })
  @OptionalNotNull()
  @IsString()
  @MaxLength(500)
  @SingleLine()
  website?: string;
}

export class ConfirmCallSubmissionDto implements ConfirmCallSubmissionRequest {
  @ApiProperty({ description: 'The secret of the confirmation link.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @SingleLine()
  token!: string;
}

export class DeclineCallSubmissionDto implements DeclineCallSubmissionRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(5, { message: 'Motivera beslutet (minst 5 tecken).' })
  @MaxLength(2000)
  @MultiLine()
  reason!: string;
}
