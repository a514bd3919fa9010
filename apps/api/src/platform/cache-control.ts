import type { NextFunction, Request, Response } from 'express';

/**
 * Every API answer is `Cache-Control: no-store` unless its handler says otherwise: answers carry
 * personal data (a registration by its manage link, attendee lists and exports, the outbox, the
 * caller's own account) or tokens, and neither the browser nor a proxy may keep them. The prepared
 * representations opt in to caching by setting their own header (`sendRepresentation` in
 * shared/api-http: the public programme and feeds `public`, personal feeds `private`).
 */
export function noStoreByDefault(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}
