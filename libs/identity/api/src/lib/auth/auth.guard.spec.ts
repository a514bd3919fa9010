import { ExecutionContext, HttpException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import type { AuthService } from './auth.service';
import type { AuthenticatedUser, RequestWithUser } from './authenticated-user';
import { Authenticated, Public, Requires, VisibleTo } from './permission.decorator';

class Routes {
  @Public() open(): string {
    return 'open';
  }
  @Authenticated() signedIn(): string {
    return 'signed in';
  }
  @Requires('users.manage') adminOnly(): string {
    return 'admin';
  }
  @Requires('meetings.manage') committeeWork(): string {
    return 'committee';
  }
  @VisibleTo('meetings.manage') committeeSees(): string {
    return 'seen';
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

  const status = (promise: Promise<unknown>) =>
    promise.then(
      () => 'let through',
      (error: unknown) => (error instanceof HttpException ? error.getStatus() : error),
    );

  it('refuses authenticated routes without a valid bearer token', async () => {
    expect(await status(guard.canActivate(contextFor('signedIn').context))).toBe(401);
    expect(await status(guard.canActivate(contextFor('signedIn', 'Basic abc').context))).toBe(401);
    expect(await status(guard.canActivate(contextFor('signedIn', 'Bearer bad').context))).toBe(401);
    expect(await status(guard.canActivate(contextFor('signedIn', 'Bearer good').context))).toBe('let through');
  });

  it('checks the capability of the role table', async () => {
    expect(await status(guard.canActivate(contextFor('adminOnly', 'Bearer good').context))).toBe(403);
    expect(await status(guard.canActivate(contextFor('committeeWork', 'Bearer good').context))).toBe('let through');
    expect(await status(guard.canActivate(contextFor('committeeWork').context))).toBe(401);
  });

  it('answers 404 to everyone without the capability on a route visible only to its holders', async () => {
    expect(await status(guard.canActivate(contextFor('committeeSees').context))).toBe(404);
    expect(await status(guard.canActivate(contextFor('committeeSees', 'Bearer bad').context))).toBe(404);
    expect(await status(guard.canActivate(contextFor('committeeSees', 'Bearer good').context))).toBe('let through');
  });

  it('refuses a route that declares no permission (fail closed)', async () => {
    expect(await status(guard.canActivate(contextFor('undeclared', 'Bearer good').context))).toBe(403);
  });
});
