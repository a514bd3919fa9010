import { Prop } from '@samverkan/shared/api-http';
import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';
import type * as C from '@samverkan/registrations/contract';
import { REGISTRATION_STATUSES } from '@samverkan/registrations/contract';

export class GroupMemberCreated implements C.GroupMemberCreated {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  email!: string;

  @Prop.enum(['confirmed', 'waitlisted'])
  status!: 'confirmed' | 'waitlisted';

  @Prop.int({ nullable: true, description: '1-based; null when confirmed.' })
  waitlistPosition!: number | null;

  @Prop.string({ description: 'The secret of the member’s manage link: /api/registrations/{token}.' })
  manageToken!: string;
}

export class GroupRegistrationCreatedResponse implements C.GroupRegistrationCreatedResponse {
  @Prop.string({ description: 'The secret of the group link: /api/registration-groups/{groupToken}.' })
  groupToken!: string;

  @Prop.array(() => GroupMemberCreated, { description: 'In member order.' })
  registrations!: GroupMemberCreated[];
}

export class GroupMemberView implements C.GroupMemberView {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  firstName!: string;

  @Prop.string()
  lastName!: string;

  @Prop.string()
  email!: string;

  @Prop.enum(REGISTRATION_STATUSES)
  status!: C.RegistrationStatus;

  @Prop.int({ nullable: true })
  waitlistPosition!: number | null;
}

export class GroupConference {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  titleSv!: string;

  @Prop.string({ nullable: true })
  titleEn!: string | null;

  @Prop.dateTime()
  startsAt!: string;

  @Prop.dateTime()
  endsAt!: string;

  @Prop.boolean({ description: 'Whether members can be added now.' })
  registrationOpen!: boolean;
}

export class GroupContactView {
  @Prop.string()
  firstName!: string;

  @Prop.string()
  lastName!: string;

  @Prop.string()
  email!: string;
}

export class RegistrationGroupResponse implements C.RegistrationGroupResponse {
  @Prop.object(() => GroupConference)
  conference!: GroupConference;

  @Prop.object(() => GroupContactView)
  contact!: GroupContactView;

  @Prop.string()
  organisationName!: string;

  @Prop.enum(ORGANISATION_TYPES)
  organisationType!: OrganisationType;

  @Prop.array(() => GroupMemberView, { description: 'In the order they were added, cancelled ones included.' })
  members!: GroupMemberView[];
}
