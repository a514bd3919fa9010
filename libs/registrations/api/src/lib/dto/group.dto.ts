import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Email, OptionalNotNull, SingleLine, trim } from '@samverkan/shared/api-validation';
import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';
import {
  MAX_GROUP_MEMBERS,
  type CreateGroupRegistrationRequest,
  type GroupContact,
  type GroupMemberRequest,
  type Language,
} from '@samverkan/registrations/contract';
import { CreateRegistrationDto } from './registration.dto';
import { InvoiceDetailsDto, InvoiceDetailsField } from '../fees/dto/fees.dto';

/** A person in a group: the same rules as a single registration's person fields. */
export class GroupMemberDto
  extends PickType(CreateRegistrationDto, [
    'firstName',
    'lastName',
    'email',
    'title',
    'healthDataConsent',
    'dietaryNeeds',
    'accessibilityNeeds',
    'language',
    'showOnAttendeeList',
    'answers',
  ] as const)
  implements GroupMemberRequest {}

export class GroupContactDto implements GroupContact {
  @ApiProperty({ example: 'Karin' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Ange förnamn.' })
  @MaxLength(100)
  @SingleLine()
  firstName!: string;

  @ApiProperty({ example: 'Lund' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Ange efternamn.' })
  @MaxLength(100)
  @SingleLine()
  lastName!: string;

  @ApiProperty({ example: 'karin.lund@finspang.se' })
  @Email()
  email!: string;

  @ApiPropertyOptional({ enum: ['sv', 'en'], default: 'sv' })
  @OptionalNotNull()
  @IsIn(['sv', 'en'])
  language?: Language;
}

export class CreateGroupRegistrationDto implements CreateGroupRegistrationRequest {
  @ApiProperty({ type: GroupContactDto })
  @ValidateNested()
  @Type(() => GroupContactDto)
  contact!: GroupContactDto;

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

  @ApiProperty({ enum: [true], description: 'The contact has read how the data is handled; required.' })
  @Equals(true, { message: 'Du behöver godkänna villkoren för att anmäla gruppen.' })
  consent!: true;

  @ApiProperty({ type: [GroupMemberDto], minItems: 1, maxItems: MAX_GROUP_MEMBERS })
  @IsArray()
  @ArrayMinSize(1, { message: 'Lägg till minst en deltagare.' })
  @ArrayMaxSize(MAX_GROUP_MEMBERS, { message: `En grupp kan ha högst ${MAX_GROUP_MEMBERS} deltagare.` })
  @ValidateNested({ each: true })
  @Type(() => GroupMemberDto)
  members!: GroupMemberDto[];

  @InvoiceDetailsField()
  invoice?: InvoiceDetailsDto | null;
}
