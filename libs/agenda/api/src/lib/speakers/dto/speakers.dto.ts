import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import {
  INVITATION_ANSWERS,
  type InvitationAnswer,
  type MergeSpeakersRequest,
  type SpeakerInvitationAnswerRequest,
  type SpeakerInvitationRequest,
  type SpeakerRequest,
  type SpeakerSearchQuery,
} from '@samverkan/agenda/contract';
import { Email, nullableText, OptionalNotNull, OptionalText, PatchType, SingleLine, trim } from '@samverkan/shared/api-validation';

export class CreateSpeakerDto implements SpeakerRequest {
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'Ange talarens namn.' })
  @MaxLength(200)
  @SingleLine()
  name!: string;

  @ApiPropertyOptional({ nullable: true, maxLength: 254, description: 'Where invitations go; never shown publicly.' })
  @IsOptional()
  @Transform(nullableText)
  @ValidateIf((_, v) => v !== null)
  @Email()
  email?: string | null;

  @OptionalText(200)
  organisation?: string | null;

  @OptionalText(200, { description: 'The role or position, e.g. "Näringslivschef".' })
  title?: string | null;

  @OptionalText(5000, { multiLine: true })
  bioSv?: string | null;

  @OptionalText(5000, { multiLine: true })
  bioEn?: string | null;
}

export class UpdateSpeakerDto extends PatchType(CreateSpeakerDto) {}

export class SpeakerSearchDto implements SpeakerSearchQuery {
  @ApiPropertyOptional({ maxLength: 100, description: 'A part of the name or organisation, case-insensitive.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  @SingleLine()
  q?: string;
}

export class MergeSpeakersDto implements MergeSpeakersRequest {
  @ApiProperty({ format: 'uuid', description: 'The entry that stays.' })
  @IsUUID()
  intoId!: string;
}

export class SpeakerInvitationDto implements SpeakerInvitationRequest {
  @ApiPropertyOptional({ enum: ['sv', 'en'], description: 'The language of the mail; Swedish unless told.' })
  @OptionalNotNull()
  @IsIn(['sv', 'en'])
  language?: 'sv' | 'en';
}

export class SpeakerInvitationAnswerDto implements SpeakerInvitationAnswerRequest {
  @ApiProperty({ enum: INVITATION_ANSWERS })
  @IsIn(INVITATION_ANSWERS, { message: 'Svara ja eller nej.' })
  answer!: InvitationAnswer;

  @OptionalText(5000, { multiLine: true })
  bioSv?: string | null;

  @OptionalText(5000, { multiLine: true })
  bioEn?: string | null;

  @OptionalText(200)
  organisation?: string | null;

  @OptionalText(200)
  title?: string | null;
}
