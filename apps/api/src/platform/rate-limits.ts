import type { ExecutionContext, Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule, type ThrottlerModuleOptions } from '@nestjs/throttler';
import { PERMISSION_KEY, type Permission } from '@samverkan/identity/api';
import { recipientKey } from '@samverkan/shared/api-mail';
import { DataSource } from 'typeorm';
import { PostgresThrottlerStorage } from './rate-limit-storage';

const MINUTE = 60_000;

function request(context: ExecutionContext): {
  method: string;
  ip?: string;
  params?: Record<string, string>;
  body?: unknown;
  route?: { path?: string };
} {
  return context.switchToHttp().getRequest();
}

/** Only anonymous writes are limited here: reads are cheap and cached, signed-in staff are known. */
function isPublicWrite(context: ExecutionContext): boolean {
  const method = request(context).method;
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  const permission: Permission | undefined =
    Reflect.getMetadata(PERMISSION_KEY, context.getHandler()) ?? Reflect.getMetadata(PERMISSION_KEY, context.getClass());
  return permission?.kind === 'public';
}

/**
 * Who a public write is about: one e-mail address at one conference (registration; a group's contact
 * person for a group registration), one address asking
 * for a password reset (addresses folded as recipient-key.ts does, so look-alike spellings are one
 * subject), or one manage or group link. Null when the route has no such subject (login has its own database-backed throttle).
 */
export function subjectOf(req: { params?: Record<string, string>; body?: unknown; route?: { path?: string } }): string | null {
  const path = req.route?.path ?? '';
  const email = (req.body as { email?: unknown } | undefined)?.email;
  if (path.endsWith('/conferences/:id/registrations') && typeof email === 'string')
    return `registration:${req.params?.['id']}:${recipientKey(email)}`;
  const contact = (req.body as { contact?: { email?: unknown } } | undefined)?.contact?.email;
  if (path.endsWith('/conferences/:id/group-registrations') && typeof contact === 'string')
    return `group-registration:${req.params?.['id']}:${recipientKey(contact)}`;
  if (path.endsWith('/auth/password-reset') && typeof email === 'string') return `password-reset:${recipientKey(email)}`;
  if (req.params?.['token']) return `manage:${req.params['token']}`;
  if (req.params?.['groupToken']) return `group:${req.params['groupToken']}`;
  return null;
}

/**
 * Rate limits on public writes (@nestjs/throttler, counters in PostgreSQL shared by every process:
 * rate-limit-storage.ts): per client address a high ceiling, so a municipality registering everyone
 * from one address at 09:00 gets through, and per subject a low one, which is what stops abuse of one
 * registration or link.
 */
export function rateLimits(config: { rateLimitPerAddress: number; rateLimitPerSubject: number }): {
  module: ReturnType<typeof ThrottlerModule.forRootAsync>;
  guard: Provider;
} {
  const options: ThrottlerModuleOptions = {
    errorMessage: 'För många förfrågningar. Vänta en stund och försök igen.',
    skipIf: (context) => !isPublicWrite(context),
    throttlers: [
      { name: 'address', ttl: MINUTE, limit: config.rateLimitPerAddress },
      {
        name: 'subject',
        ttl: 10 * MINUTE,
        limit: config.rateLimitPerSubject,
        skipIf: (context) => subjectOf(request(context)) === null,
        getTracker: (req) => subjectOf(req) ?? '',
      },
    ],
  };
  return {
    module: ThrottlerModule.forRootAsync({
      inject: [DataSource],
      useFactory: (dataSource: DataSource) => ({ ...options, storage: new PostgresThrottlerStorage(dataSource) }),
    }),
    guard: { provide: APP_GUARD, useClass: ThrottlerGuard },
  };
}
