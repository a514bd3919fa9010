import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hashLinkToken, LINK_TOKEN_PATTERN, LinkTokens } from '@samverkan/identity/api';

/**
 * A registration's check-in code: what its QR code holds (confirmation mail, manage page, badge). An
 * HMAC of the registration's id under the link key (LinkTokens, purpose `check-in`), so it is made
 * again whenever needed and only its SHA-256 is stored, for the lookup at the door. It proves who the
 * person is at check-in and opens nothing: it is not the manage token and no route takes it as one.
 */
@Injectable()
export class CheckInCodes {
  constructor(private readonly links: LinkTokens) {}

  /** The code of each registration, storing the hashes not yet stored (one statement for all). */
  async codes(manager: EntityManager, registrationIds: readonly string[]): Promise<Map<string, string>> {
    const codes = new Map(registrationIds.map((id) => [id, this.links.token('check-in', id, 1)]));
    if (codes.size > 0) {
      const ids = [...codes.keys()];
      await manager.query(
        `UPDATE registrations r SET check_in_code_hash = v.hash
           FROM unnest($1::uuid[], $2::varchar[]) AS v(id, hash)
          WHERE r.id = v.id AND r.check_in_code_hash IS DISTINCT FROM v.hash`,
        [ids, ids.map((id) => hashLinkToken(codes.get(id) as string))],
      );
    }
    return codes;
  }

  /** The code of a registration being made, with the hash to store in its row. */
  issue(registrationId: string): { code: string; hash: string } {
    const code = this.links.token('check-in', registrationId, 1);
    return { code, hash: hashLinkToken(code) };
  }

  async code(manager: EntityManager, registrationId: string): Promise<string> {
    return (await this.codes(manager, [registrationId])).get(registrationId) as string;
  }

  /** The hash to look a presented code up by (`registrations.check_in_code_hash`), or null when it can't be one. */
  lookupHash(code: string): string | null {
    const trimmed = code.trim();
    return LINK_TOKEN_PATTERN.test(trimmed) ? hashLinkToken(trimmed) : null;
  }
}
