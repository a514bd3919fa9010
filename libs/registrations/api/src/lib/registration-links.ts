import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hashLinkToken, LINK_TOKEN_PATTERN, LinkTokens, type LinkPurpose, type StoredLink } from '@samverkan/identity/api';
import { REGISTRATION_OPTIONS, type RegistrationOptions } from './registration-options';

/** The stored halves of a registration's two secret links (columns of `registrations`). */
export interface RegistrationLinkColumns {
  id: string;
  manageTokenVersion: number;
  manageTokenHash: string;
  calendarTokenVersion: number;
  calendarTokenHash: string;
}

const COLUMNS = {
  manage: { version: 'manage_token_version', hash: 'manage_token_hash' },
  'registration-calendar': { version: 'calendar_token_version', hash: 'calendar_token_hash' },
} as const;

/**
 * A registration's manage link and personal calendar link (LinkTokens): only their hashes are stored;
 * the links are made again from the registration's id and version when a page or a mail needs them.
 */
@Injectable()
export class RegistrationLinks {
  constructor(
    private readonly links: LinkTokens,
    @Inject(REGISTRATION_OPTIONS) private readonly options: Pick<RegistrationOptions, 'publicUrl'>,
  ) {}

  /** Both links of a new registration: their tokens and what to store. */
  issue(id: string): { manage: { token: string } & StoredLink; calendar: { token: string } & StoredLink } {
    return { manage: this.links.issue('manage', id, 1), calendar: this.links.issue('registration-calendar', id, 1) };
  }

  /** The hash to look a presented token up by, or null when it can't be one of ours. */
  lookupHash(token: string): string | null {
    return LINK_TOKEN_PATTERN.test(token) ? hashLinkToken(token) : null;
  }

  async manageToken(manager: EntityManager, r: Pick<RegistrationLinkColumns, 'id' | 'manageTokenVersion' | 'manageTokenHash'>): Promise<string> {
    return this.current(manager, 'manage', r.id, { version: r.manageTokenVersion, hash: r.manageTokenHash });
  }

  async calendarToken(
    manager: EntityManager,
    r: Pick<RegistrationLinkColumns, 'id' | 'calendarTokenVersion' | 'calendarTokenHash'>,
  ): Promise<string> {
    return this.current(manager, 'registration-calendar', r.id, { version: r.calendarTokenVersion, hash: r.calendarTokenHash });
  }

  /**
   * Both links of many registrations (a message to everyone at a conference): the tokens are made in
   * memory, and the few that must be issued anew are stored in one statement per link, not one per row.
   */
  async tokensOf(manager: EntityManager, rows: readonly RegistrationLinkColumns[]): Promise<Map<string, { manage: string; calendar: string }>> {
    const tokens = new Map<string, { manage: string; calendar: string }>();
    const reissued: Record<keyof typeof COLUMNS, { id: string; link: StoredLink }[]> = { manage: [], 'registration-calendar': [] };
    for (const r of rows) {
      const manage = this.links.current('manage', r.id, { version: r.manageTokenVersion, hash: r.manageTokenHash });
      const calendar = this.links.current('registration-calendar', r.id, { version: r.calendarTokenVersion, hash: r.calendarTokenHash });
      if (manage.reissued) reissued.manage.push({ id: r.id, link: manage.reissued });
      if (calendar.reissued) reissued['registration-calendar'].push({ id: r.id, link: calendar.reissued });
      tokens.set(r.id, { manage: manage.token, calendar: calendar.token });
    }
    for (const purpose of Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]) {
      const changed = reissued[purpose];
      if (!changed.length) continue;
      const column = COLUMNS[purpose];
      await manager.query(
        `UPDATE registrations r SET ${column.version} = v.version, ${column.hash} = v.hash, updated_at = now()
           FROM unnest($1::uuid[], $2::int[], $3::varchar[]) AS v(id, version, hash) WHERE r.id = v.id`,
        [changed.map((c) => c.id), changed.map((c) => c.link.version), changed.map((c) => c.link.hash)],
      );
    }
    return tokens;
  }

  /** A new calendar link (the old one stops working), for the registration whose manage link is `manageToken`. */
  async rotateCalendar(manager: EntityManager, manageToken: string): Promise<string | null> {
    const hash = this.lookupHash(manageToken);
    if (!hash) return null;
    const [row]: { id: string; version: number }[] = await manager.query(
      `SELECT id, calendar_token_version AS version FROM registrations WHERE manage_token_hash = $1 AND anonymised_at IS NULL FOR UPDATE`,
      [hash],
    );
    if (!row) return null;
    const next = this.links.issue('registration-calendar', row.id, row.version + 1);
    await this.store(manager, 'registration-calendar', row.id, next);
    return this.calendarUrl(next.token);
  }

  manageUrl(token: string): string {
    return `${this.options.publicUrl}/anmalan/${token}`;
  }

  calendarUrl(token: string): string {
    return `${this.options.publicUrl}/api/calendar/registrations/${token}.ics`;
  }

  private async current(manager: EntityManager, purpose: keyof typeof COLUMNS, id: string, stored: StoredLink): Promise<string> {
    const { token, reissued } = this.links.current(purpose, id, stored);
    if (reissued) await this.store(manager, purpose, id, reissued);
    return token;
  }

  private async store(manager: EntityManager, purpose: Extract<LinkPurpose, keyof typeof COLUMNS>, id: string, link: StoredLink): Promise<void> {
    const column = COLUMNS[purpose];
    await manager.query(`UPDATE registrations SET ${column.version} = $2, ${column.hash} = $3, updated_at = now() WHERE id = $1`, [
      id,
      link.version,
      link.hash,
    ]);
  }
}
