import { trim, OptionalNotNull, OptionalText, OptionalDateTime, PatchType, SingleLine } from '@samverkan/shared/api-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
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
  AGENDA_ITEM_TYPES,
  type AgendaItemRequest,
  type AgendaItemType,
  type PublishRequest,
  type RoomRequest,
  type UpdateAgendaItemRequest,
} from '@samverkan/agenda/contract';
import { FOCUS_AREA_CODE_PATTERN, FOCUS_AREA_CODE_SCHEMA, type FocusAreaCode } from '@samverkan/strategy/contract';

export class RoomDto implements RoomRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Ange lokalens namn.' })
  @MaxLength(200)
  @SingleLine()
  name!: string;

  @ApiProperty({ minimum: 0, maximum: 100000 })
  @IsInt()
  @Min(0)
  @Max(100000)
  capacity!: number;

  @OptionalText(1000)
  accessibilityNotes?: string | null;
}

export class UpdateRoomDto extends PatchType(RoomDto) {}

export class AgendaItemDto implements AgendaItemRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'Ange en titel.' })
  @MaxLength(300)
  @SingleLine()
  titleSv!: string;

  @OptionalText(300)
  titleEn?: string | null;

  @OptionalText(20000, { multiLine: true })
  descriptionSv?: string | null;

  @OptionalText(20000, { multiLine: true })
  descriptionEn?: string | null;

  @ApiProperty({ enum: AGENDA_ITEM_TYPES })
  @IsIn(AGENDA_ITEM_TYPES, { message: 'Välj typ av programpunkt.' })
  type!: AgendaItemType;

  @OptionalDateTime()
  startsAt?: string | null;

  @OptionalDateTime()
  endsAt?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  roomId?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  themeId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Speaker register entries, in order; replaces the speakers.' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  speakerIds?: string[];

  @ApiPropertyOptional({ ...FOCUS_AREA_CODE_SCHEMA, isArray: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @Matches(FOCUS_AREA_CODE_PATTERN, { each: true, message: 'Okänt fokusområde.' })
  @SingleLine({ each: true })
  focusAreaCodes?: FocusAreaCode[];

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  signupRequired?: boolean;

  @ApiPropertyOptional({ nullable: true, minimum: 1 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(100000)
  signupCapacity?: number | null;
}

export class UpdateAgendaItemDto extends PatchType(AgendaItemDto) implements UpdateAgendaItemRequest {
  @ApiProperty({ description: 'The version this edit is based on.' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class PublishDto implements PublishRequest {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  acknowledgeConflicts?: boolean;
}
