import type * as C from '@samverkan/identity/contract';
import { ORGANISATION_TYPES, ROLES } from '@samverkan/identity/contract';
import { PageOf, Prop } from '@samverkan/shared/api-http';

export class UserSummary implements C.UserSummary {
  @Prop.uuid()
  id!: string;

  @Prop.string({ example: 'anna@finspang.se' })
  email!: string;

  @Prop.string()
  name!: string;

  @Prop.enums(ROLES)
  roles!: C.Role[];
}

export class LoginResponse implements C.LoginResponse {
  @Prop.string({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken!: string;

  @Prop.int({ description: 'Seconds until the token expires.' })
  expiresIn!: number;

  @Prop.object(() => UserSummary)
  user!: UserSummary;
}

export class UserResponse extends UserSummary implements C.UserResponse {
  @Prop.boolean()
  active!: boolean;

  @Prop.uuid({ nullable: true })
  organisationId!: string | null;

  @Prop.string({ nullable: true })
  organisationName!: string | null;

  @Prop.dateTime()
  createdAt!: string;
}

export class UserPage extends PageOf(UserResponse) {}

export class OrganisationResponse implements C.OrganisationResponse {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  name!: string;

  @Prop.enum(ORGANISATION_TYPES)
  type!: C.OrganisationType;

  @Prop.boolean({ description: 'Member municipality of the association.' })
  member!: boolean;

  @Prop.dateTime()
  createdAt!: string;
}

export class OrganisationPage extends PageOf(OrganisationResponse) {}

/** The answer to "forgot password": the same whether or not the address has an account. */
export class PasswordResetRequested implements C.PasswordResetRequestedResponse {
  @Prop.string()
  message!: string;
}
