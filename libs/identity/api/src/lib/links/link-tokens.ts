import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../auth/identity-options';

/**
 * What a secret link opens: a registration's manage page, its personal calendar, a member's meeting
 * feed, a registration group's page for its contact person, a speaker's invitation to a programme item; or what a code proves: a registration's check-in code (QR), which opens nothing.
 */
export type LinkPurpose = 'manage' | 'registration-calendar' | 'meeting-calendar' | 'check-in' | 'registration-group' | 'speaker-invitation';

/** The form of every secret in a link the app makes: 256 bits, base64url, 43 characters. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What the database keeps of a link token: its SHA-256, hex. Lookups hash the presented token. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A link as stored: the version it was issued at and the hash of its token. */
export interface StoredLink {
  version: number;
  hash: string;
}

/**
 * Secret links without stored secrets. A link's token is an HMAC of its purpose, its object's id and
 * a version under a server key (LINK_SECRET, or a key derived from JWT_SECRET); the database keeps only
 * the version and the token's SHA-256. So a later mail (a promotion, a programme change) can carry the
 * same manage link again, while a copy of the database alone opens nothing. Rotating a link raises
 * its version. A stored link whose token can no longer be made (version 0, from before tokens were
 * derived, or a changed key) is issued anew at the next version when it is next needed.
 */
@Injectable()
export class LinkTokens {
  private readonly key: Buffer;

  constructor(@Inject(IDENTITY_OPTIONS) options: Pick<IdentityOptions, 'jwtSecret' | 'linkSecret'>) {
    this.key = options.linkSecret
      ? Buffer.from(options.linkSecret)
      : Buffer.from(hkdfSync('sha256', options.jwtSecret, 'samverkan', 'secret links', 32));
  }

  token(purpose: LinkPurpose, id: string, version: number): string {
    return createHmac('sha256', this.key).update(`${purpose}:${id}:${version}`).digest('base64url');
  }

  /** A new link at `version`: the token to hand out and what to store. */
  issue(purpose: LinkPurpose, id: string, version: number): { token: string } & StoredLink {
    const token = this.token(purpose, id, version);
    return { token, version, hash: hashLinkToken(token) };
  }

  /**
   * The token of a stored link, or, when it can't be made again (see the class), the next version to
   * store: the caller writes `reissued` so the link it hands out works.
   */
  current(purpose: LinkPurpose, id: string, stored: StoredLink): { token: string; reissued?: StoredLink } {
    if (stored.version > 0) {
      const token = this.token(purpose, id, stored.version);
      if (hashLinkToken(token) === stored.hash) return { token };
    }
    const { token, ...reissued } = this.issue(purpose, id, stored.version + 1);
    return { token, reissued };
  }
}
