import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '@samverkan/identity/contract';
import { ApiErrorBody } from '@samverkan/shared/api-http';

export const PERMISSION_KEY = 'samverkan:permission';

export type Permission = { kind: 'public' } | { kind: 'authenticated'; roles: readonly Role[] };

/** Anyone may call this route, signed in or not. A valid bearer token still identifies the caller. */
export const Public = () => SetMetadata(PERMISSION_KEY, { kind: 'public' } satisfies Permission);

/**
 * The caller must be signed in and, when roles are given, hold at least one of them.
 * Every route declares either this or `@Public()`; the guard refuses routes that declare neither.
 */
export const Authenticated = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(PERMISSION_KEY, { kind: 'authenticated', roles } satisfies Permission),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the token is no longer valid.', type: ApiErrorBody }),
    ...(roles.length ? [ApiForbiddenResponse({ description: `Needs one of the roles: ${roles.join(', ')}.`, type: ApiErrorBody })] : []),
  );
