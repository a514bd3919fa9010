import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthService } from './auth.service';
import type { RequestWithUser } from './authenticated-user';
import { PERMISSION_KEY, type Permission } from './permission.decorator';

/** Global guard: every route must declare `@Public()` or `@Authenticated(...)`; undeclared routes are refused. */
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
      throw new ForbiddenException('Åtkomst nekad.');
    }
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const token = bearerToken(request.headers['authorization']);

    if (permission.kind === 'public') {
      if (token) request.user = await this.auth.authenticate(token).catch(() => undefined);
      return true;
    }
    if (!token) throw new UnauthorizedException('Du behöver logga in.');
    const user = await this.auth.authenticate(token);
    request.user = user;
    if (permission.roles.length && !permission.roles.some((role) => user.roles.includes(role))) {
      throw new ForbiddenException('Du har inte behörighet till detta.');
    }
    return true;
  }
}

function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
