import type { Id } from '@samverkan/shared/contract';

export const ROLES = ['admin', 'working-committee', 'programme-council'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_TYPES = ['municipality', 'business', 'region', 'state-agency', 'other'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export interface LoginRequest {
  email: string;
  password: string;
}

export interface UserSummary {
  id: Id;
  email: string;
  name: string;
  roles: Role[];
}

export interface LoginResponse {
  accessToken: string;
  /** Seconds until the token expires. */
  expiresIn: number;
  user: UserSummary;
}

export interface UserResponse extends UserSummary {
  active: boolean;
  organisationId: Id | null;
  organisationName: string | null;
  createdAt: string;
}

export interface CreateUserRequest {
  email: string;
  name: string;
  password: string;
  roles: Role[];
  organisationId?: Id | null;
}

export interface UpdateUserRequest {
  name?: string;
  roles?: Role[];
  active?: boolean;
  organisationId?: Id | null;
  password?: string;
}

/** "Forgot password": always answered 202 with the same message, whether the address has an account or not. */
export interface PasswordResetRequest {
  email: string;
}

/** The answer to "forgot password": the same whether or not the address has an account. */
export interface PasswordResetRequestedResponse {
  message: string;
}

export interface PasswordResetConfirmRequest {
  /** From the link in the e-mail (…/aterstall-losenord/<token>). */
  token: string;
  password: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface OrganisationResponse {
  id: Id;
  name: string;
  type: OrganisationType;
  /** Member municipality of the association. */
  member: boolean;
  createdAt: string;
}

export interface CreateOrganisationRequest {
  name: string;
  type: OrganisationType;
  member?: boolean;
}

export type UpdateOrganisationRequest = Partial<CreateOrganisationRequest>;
