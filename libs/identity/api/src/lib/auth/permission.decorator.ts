import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { rolesWith, type Capability } from '@samverkan/identity/contract';
import { ApiErrorBody } from '@samverkan/shared/api-http';

export const PERMISSION_KEY = 'samverkan:permission';

/**
 * Who may call a route (docs/architecture.md, "Permissions"):
 * - `public`: anyone, signed in or not;
 * - `authenticated`: signed in, and holding `capability` when one is given (else 401/403);
 * - `visible`: the route's objects exist only for holders of `capability`; everyone else, signed in or
 *   not, gets 404, as if nothing were there.
 */
export type Permission =
  | { kind: 'public' }
  | { kind: 'authenticated'; capability?: Capability }
  | { kind: 'visible'; capability: Capability };

/** Anyone may call this route, signed in or not. A valid bearer token still identifies the caller. */
export const Public = () => SetMetadata(PERMISSION_KEY, { kind: 'public' } satisfies Permission);

const signInResponses = [
  ApiBearerAuth(),
  ApiUnauthorizedResponse({ description: 'Not signed in, or the token is no longer valid.', type: ApiErrorBody }),
];

/** Any signed-in person (their own account, sign-out). Every route declares one of these decorators; the guard refuses routes that declare none. */
export const Authenticated = () =>
  applyDecorators(SetMetadata(PERMISSION_KEY, { kind: 'authenticated' } satisfies Permission), ...signInResponses);

/** Signed in with a capability of the role table (identity contract, `ROLE_CAPABILITIES`). */
export const Requires = (capability: Capability) =>
  applyDecorators(
    SetMetadata(PERMISSION_KEY, { kind: 'authenticated', capability } satisfies Permission),
    ...signInResponses,
    ApiForbiddenResponse({ description: `Needs ${capability} (roles: ${rolesWith(capability).join(', ')}).`, type: ApiErrorBody }),
  );

/** Visible only to holders of a capability: to everyone else the route answers 404, whether signed in or not. */
export const VisibleTo = (capability: Capability) =>
  applyDecorators(
    SetMetadata(PERMISSION_KEY, { kind: 'visible', capability } satisfies Permission),
    ApiBearerAuth(),
    ApiNotFoundResponse({ description: `Not found, or the caller lacks ${capability} (roles: ${rolesWith(capability).join(', ')}).`, type: ApiErrorBody }),
  );
