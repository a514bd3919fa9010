import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Conference, isRegistrationOpen } from '@samverkan/conferences/api';
import { LinkTokens, type StoredLink } from '@samverkan/identity/api';
import { notFound } from '@samverkan/shared/api-http';
import type { GroupMemberView, RegistrationGroupResponse, RegistrationStatus } from '@samverkan/registrations/contract';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { RegistrationGroup } from './registration-group.entity';
import { RegistrationLinks } from './registration-links';
import { REGISTRATION_OPTIONS, type RegistrationOptions } from './registration-options';

/** The group link: issuing it, finding a group by it, and what its contact person sees. */
@Injectable()
export class RegistrationGroupQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: LinkTokens,
    private readonly links: RegistrationLinks,
    @Inject(REGISTRATION_OPTIONS) private readonly options: Pick<RegistrationOptions, 'publicUrl'>,
  ) {}

  issue(groupId: string): { token: string } & StoredLink {
    return this.tokens.issue('registration-group', groupId, 1);
  }

  groupUrl(token: string): string {
    return `${this.options.publicUrl}/anmalan/grupp/${token}`;
  }

  /** The group a token opens; 404 for an unknown token or an anonymised group. `lock` holds its row for the transaction. */
  async find(manager: EntityManager, token: string, lock = false): Promise<RegistrationGroup> {
    const hash = this.links.lookupHash(token);
    if (!hash) throw notFound('groups.not-found');
    const qb = manager
      .getRepository(RegistrationGroup)
      .createQueryBuilder('g')
      .where('g.tokenHash = :hash AND g.anonymisedAt IS NULL', { hash });
    if (lock) qb.setLock('pessimistic_write');
    const group = await qb.getOne();
    if (!group) throw notFound('groups.not-found');
    return group;
  }

  async view(token: string): Promise<RegistrationGroupResponse> {
    const manager = this.dataSource.manager;
    const group = await this.find(manager, token);
    const conference = await manager.getRepository(Conference).findOneByOrFail({ id: group.conferenceId });
    return {
      conference: {
        id: conference.id,
        titleSv: conference.titleSv,
        titleEn: conference.titleEn,
        startsAt: toStockholmIso(conference.startsAt),
        endsAt: toStockholmIso(conference.endsAt),
        registrationOpen: isRegistrationOpen(conference),
      },
      contact: { firstName: group.contactFirstName, lastName: group.contactLastName, email: group.contactEmail },
      organisationName: group.organisationName,
      organisationType: group.organisationType,
      members: await this.members(manager, group.id),
    };
  }

  /** The members in list order, with their place on the waitlist; one query. */
  async members(manager: EntityManager, groupId: string): Promise<GroupMemberView[]> {
    const rows: { id: string; firstName: string; lastName: string; email: string; status: RegistrationStatus; position: number | null }[] =
      await manager.query(
        `SELECT r.id, r.first_name AS "firstName", r.last_name AS "lastName", r.email, r.status,
                CASE WHEN r.status = 'waitlisted' THEN (SELECT count(*)::int FROM registrations w
                  WHERE w.conference_id = r.conference_id AND w.status = 'waitlisted' AND w.waitlist_rank <= r.waitlist_rank) END AS position
           FROM registration_group_members m JOIN registrations r ON r.id = m.registration_id
          WHERE m.group_id = $1 AND r.anonymised_at IS NULL ORDER BY m.position`,
        [groupId],
      );
    return rows.map((r) => ({
      id: r.id,
      firstName: r.firstName,
      lastName: r.lastName,
      email: r.email,
      status: r.status,
      waitlistPosition: r.position,
    }));
  }
}
