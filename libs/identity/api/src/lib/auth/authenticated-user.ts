import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Role } from '@samverkan/identity/contract';
import { AppError } from '@samverkan/shared/api-http';

/** Who is calling: set on the request by the guard after the session was checked. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  sessionId: string;
}

export interface RequestWithUser {
  user?: AuthenticatedUser;
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
}

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<RequestWithUser>().user;
  if (!user) throw new AppError(401, 'auth.unauthenticated');
  return user;
});

/** The caller when there may be none (public routes). */
export const OptionalUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedUser | undefined => context.switchToHttp().getRequest<RequestWithUser>().user,
);
