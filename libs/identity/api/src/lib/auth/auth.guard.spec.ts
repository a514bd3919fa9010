import { ExecutionContext, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import type { AuthService } from './auth.service';
import type { AuthenticatedUser, RequestWithUser } from './authenticated-user';
import { Authenticated, Public } from './permission.decorator';

class Routes {
  @Public() open(): string {
    return 'open';
  }
  @Authenticated() signedIn(): string {
    return 'signed in';
  }
  @Authenticated('admin') adminOnly(): string {
    return 'admin';
  }
  undeclared(): string {
    return 'undeclared';
  }
}

const committee: AuthenticatedUser = { id: 'u1', email: 'u@x.se', name: 'U', roles: ['working-committee'], sessionId: 's1' };

function contextFor(handler: keyof Routes, authorization?: string): { context: ExecutionContext; request: RequestWithUser } {
  const request: RequestWithUser = { headers: authorization ? { authorization } : {} };
  const context = {
    getType: () => 'http',
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

describe('AuthGuard', () => {
  const auth = {
    authenticate: jest.fn(async (token: string) => {
      if (token === 'good') return committee;
      throw new UnauthorizedException();
    }),
  } as unknown as AuthService;
  const guard = new AuthGuard(new Reflector(), auth);

  it('lets anyone call a public route, and identifies a caller with a valid token', async () => {
    const anonymous = contextFor('open');
    await expect(guard.canActivate(anonymous.context)).resolves.toBe(true);
    expect(anonymous.request.user).toBeUndefined();
    const known = contextFor('open', 'Bearer good');
    await expect(guard.canActivate(known.context)).resolves.toBe(true);
    expect(known.request.user).toEqual(committee);
    await expect(guard.canActivate(contextFor('open', 'Bearer bad').context)).resolves.toBe(true);
  });

  it('refuses authenticated routes without a valid bearer token', async () => {
    await expect(guard.canActivate(contextFor('signedIn').context)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(guard.canActivate(contextFor('signedIn', 'Basic abc').context)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(guard.canActivate(contextFor('signedIn', 'Bearer bad').context)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(guard.canActivate(contextFor('signedIn', 'Bearer good').context)).resolves.toBe(true);
  });

  it('checks roles', async () => {
    await expect(guard.canActivate(contextFor('adminOnly', 'Bearer good').context)).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('refuses a route that declares no permission (fail closed)', async () => {
    await expect(guard.canActivate(contextFor('undeclared', 'Bearer good').context)).rejects.toBeInstanceOf(ForbiddenException);
  });
});
