import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Observable } from 'rxjs';

export const SHAREABLE_KEY = 'samverkan:shareable';

/**
 * A public read whose anonymous answer holds no personal data (the published conferences, the focus
 * areas, a theme's public lineage): asked without a bearer token, it may be stored and shared
 * (revalidated every time). The server-rendered pages hand such answers to the browser, which then
 * does not ask again. Asked with a token, the answer may show more (drafts, names) and stays
 * `no-store` like every other.
 */
export const Shareable = () => SetMetadata(SHAREABLE_KEY, true);

export const SHAREABLE_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

@Injectable()
export class ShareableInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http' && this.reflector.getAllAndOverride<boolean>(SHAREABLE_KEY, [context.getHandler(), context.getClass()])) {
      const http = context.switchToHttp();
      const request = http.getRequest<{ headers: Record<string, unknown> }>();
      const response = http.getResponse<{ setHeader(name: string, value: string): void }>();
      response.setHeader('Vary', 'Authorization');
      if (!request.headers['authorization']) response.setHeader('Cache-Control', SHAREABLE_CACHE_CONTROL);
    }
    return next.handle();
  }
}
