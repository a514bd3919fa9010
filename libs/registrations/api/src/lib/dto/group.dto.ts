import { ApiProperty, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, Equals, IsArray, ValidateNested } from 'class-validator';
import {
  MAX_GROUP_MEMBERS,
  type CreateGroupRegistrationRequest,
  type GroupContact,
  type GroupMemberRequest,
} from '@samverkan/registrations/contract';
import { CreateRegistrationDto } from './registration.dto';

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

/** The contact person: the same rules as a single registration's name, address and language. */
export class GroupContactDto
  extends PickType(CreateRegistrationDto, ['firstName', 'lastName', 'email', 'language'] as const)
  implements GroupContact {}

/** The organisation, its invoice details and who pays follow a single registration's rules. */
export class CreateGroupRegistrationDto
  extends PickType(CreateRegistrationDto, ['organisationId', 'organisationName', 'organisationType', 'invoice'] as const)
  implements CreateGroupRegistrationRequest
{
  @ApiProperty({ type: GroupContactDto })
  @ValidateNested()
  @Type(() => GroupContactDto)
  contact!: GroupContactDto;

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
}
