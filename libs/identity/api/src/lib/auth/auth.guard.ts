import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthService } from './auth.service';
import { can } from '@samverkan/identity/contract';
import { AppError, forbidden, notFound } from '@samverkan/shared/api-http';
import type { RequestWithUser } from './authenticated-user';
import { PERMISSION_KEY, type Permission } from './permission.decorator';

/** Global guard: every route must declare `@Public()`, `@Authenticated()`, `@Requires(…)` or `@VisibleTo(…)`; undeclared routes are refused. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, [context.getHandler(), context.getClass()]);
    if (!permission) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} declares no permission`);
      throw forbidden('auth.forbidden');
    }
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const token = bearerToken(request.headers['authorization']);

    if (permission.kind !== 'authenticated') {
      if (token) request.user = await this.auth.authenticate(token).catch(() => undefined);
      if (permission.kind === 'visible' && !can(request.user?.roles, permission.capability)) throw notFound('request.not-found');
      return true;
    }
    if (!token) throw new AppError(401, 'auth.unauthenticated');
    const user = await this.auth.authenticate(token);
    request.user = user;
    if (permission.capability && !can(user.roles, permission.capability)) throw forbidden('auth.forbidden');
    return true;
  }
}

function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
