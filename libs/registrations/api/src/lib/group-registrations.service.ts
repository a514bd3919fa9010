import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { MailService, RecipientLimit, recipientKey } from '@samverkan/shared/api-mail';
import { conflict, notFound } from '@samverkan/shared/api-http';
import type { GroupMemberCreated, GroupRegistrationCreatedResponse, RegistrationGroupResponse } from '@samverkan/registrations/contract';
import type { CreateGroupRegistrationDto, GroupMemberDto } from './dto/group.dto';
import { groupContactMail } from './group-mails';
import { duplicateInGroup, firstTaken, type NamedMember } from './group-rules';
import { RegistrationFees } from './fees/registration-fees';
import { RegistrationAnswers } from './questions/registration-answers';
import { RegistrationChanges } from './registration-changes.service';
import { RegistrationGroup } from './registration-group.entity';
import { RegistrationGroupQueries } from './registration-groups.queries';
import {
  RegistrationWriter,
  type PreparedRegistration,
  type RegistrantOrganisation,
  type WrittenRegistration,
} from './registration-writer';
import { confirmationLimit, RegistrationsService, takingRegistrations, unknownOrganisation } from './registrations.service';
import { readForRegistration } from './registration-reads';

/**
 * Group registration by a contact person: all members or none, in one transaction. The members' seats are
 * claimed in one statement (takeSeats, docs/adr/0009): the first members get the free seats and the rest
 * waitlist ranks in list order; another registration may draw a rank between two members'.
 */
@Injectable()
export class GroupRegistrations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly recipientLimit: RecipientLimit,
    private readonly writer: RegistrationWriter,
    private readonly registrations: RegistrationsService,
    private readonly changes: RegistrationChanges,
    private readonly groups: RegistrationGroupQueries,
    private readonly answers: RegistrationAnswers,
    private readonly fees: RegistrationFees,
  ) {}

  async create(conferenceId: string, body: CreateGroupRegistrationDto): Promise<GroupRegistrationCreatedResponse> {
    const twice = duplicateInGroup(body.members);
    if (twice) throw duplicate('groups.duplicate-in-group', twice, 'duplicateInGroup');
    const prepared = await Promise.all(body.members.map((m, i) => this.writer.prepare(m, `members.${i}.`)));
    const groupId = randomUUID();
    const link = this.groups.issue(groupId);
    // PostgreSQL's default isolation (READ COMMITTED): naming it would cost a SET TRANSACTION round trip.
    const written = await this.dataSource.transaction(async (manager) => {
      // One statement for every check before the seats, decided in the single registration's order:
      // organisation, members already registered (named, for a friendly answer; the unique index settles
      // races), the conference, every member's answers, the organisation's fee.
      const read = await readForRegistration(manager, conferenceId, {
        emails: body.members.map((m) => m.email),
        organisationId: body.organisationId ?? null,
        organisationType: body.organisationType,
      });
      if (!read.organisationKnown) throw unknownOrganisation();
      const already = firstTaken(body.members, read.taken);
      if (already) throw duplicate('groups.already-registered', already, 'alreadyRegistered');
      const conference = takingRegistrations(read.conference);
      const answers = body.members.map((m, i) => this.answers.check(read.questions, m.answers, `members.${i}.answers.`));
      // One fee decision for the organisation: every member is invoiced with the group's details.
      const fee = this.fees.decision(read.fee, body.invoice);
      const organisation: RegistrantOrganisation = {
        id: body.organisationId ?? null,
        name: body.organisationName,
        type: body.organisationType,
      };
      const mailed = await this.countMails(
        manager,
        conferenceId,
        body.members.map((m) => m.email),
        body.contact.email,
      );
      await manager.getRepository(RegistrationGroup).insert({
        id: groupId,
        conferenceId,
        contactFirstName: body.contact.firstName,
        contactLastName: body.contact.lastName,
        contactEmail: body.contact.email,
        contactLanguage: body.contact.language ?? 'sv',
        organisationId: organisation.id,
        organisationName: organisation.name,
        organisationType: organisation.type,
        tokenHash: link.hash,
        tokenVersion: link.version,
      });
      // Every member's mails rendered before the first seat: no rendering while seats are held.
      const mails = prepared.map((p) => this.writer.mails(conference, p));
      const results: WrittenRegistration[] = [];
      const seats = await this.registrations.seats(
        manager,
        conference,
        prepared.map((p) => p.id),
      );
      for (const [i, p] of prepared.entries()) {
        const seat = seats[i];
        const onDuplicate = () => duplicate('groups.already-registered', { ...named(p), index: i, position: i + 1 }, 'alreadyRegistered');
        results.push(
          await this.writer.write(
            manager,
            { conference, seat, organisation, prepared: p, mails: mails[i], mailed: mailed.members[i] },
            onDuplicate,
          ),
        );
        await this.answers.write(manager, p.id, answers[i]);
      }
      await this.fees.attach(
        manager,
        prepared.map((p) => p.id),
        fee,
      );
      await addMembers(
        manager,
        groupId,
        prepared.map((p) => p.id),
        1,
      );
      if (mailed.contact) {
        await this.mail.enqueue(manager, [
          groupContactMail({
            groupId,
            to: body.contact.email,
            language: body.contact.language ?? 'sv',
            firstName: body.contact.firstName,
            organisationName: organisation.name,
            conferenceTitleSv: conference.titleSv,
            conferenceTitleEn: conference.titleEn,
            startsAt: conference.startsAt,
            endsAt: conference.endsAt,
            groupUrl: this.groups.groupUrl(link.token),
            members: prepared.map((p, i) => ({ ...p.person, status: results[i].status, waitlistPosition: results[i].position })),
          }),
        ]);
      }
      return results;
    });
    void this.mail.flush();
    return { groupToken: link.token, registrations: prepared.map((p, i) => memberCreated(p, written[i])) };
  }

  /** Adds one person to the group through the group link: the same rules as a single registration. */
  async addMember(token: string, body: GroupMemberDto): Promise<GroupMemberCreated> {
    const prepared = await this.writer.prepare(body);
    const written = await this.dataSource.transaction(async (manager) => {
      // The group's row first: additions to one group queue here, so list positions never collide.
      const group = await this.groups.find(manager, token, true);
      const alreadyRegistered = () =>
        conflict('groups.member-already-registered', { params: named(prepared), errors: { email: 'alreadyRegistered' } });
      const read = await readForRegistration(manager, group.conferenceId, {
        emails: [body.email],
        organisationId: group.organisationId,
        organisationType: group.organisationType,
      });
      if (read.taken.length) throw alreadyRegistered();
      const conference = takingRegistrations(read.conference);
      const answers = this.answers.check(read.questions, body.answers, 'answers.');
      // A member added later is invoiced like the others: the group's stored invoice details.
      const fee = this.fees.decision(read.fee, await this.fees.groupInvoice(manager, group.id));
      const mailed = await this.recipientLimit.allow(manager, body.email, confirmationLimit(conference.id));
      const mails = this.writer.mails(conference, prepared);
      const seat = await this.registrations.seat(manager, conference, prepared.id);
      const organisation = { id: group.organisationId, name: group.organisationName, type: group.organisationType };
      const result = await this.writer.write(manager, { conference, seat, organisation, prepared, mails, mailed }, alreadyRegistered);
      await this.answers.write(manager, prepared.id, answers);
      await this.fees.attach(manager, prepared.id, fee);
      const [{ last }] = await manager.query(
        `SELECT coalesce(max(position), 0)::int AS last FROM registration_group_members WHERE group_id = $1`,
        [group.id],
      );
      await addMembers(manager, group.id, [prepared.id], last + 1);
      return result;
    });
    void this.mail.flush();
    return memberCreated(prepared, written);
  }

  /** Cancels a member as the member's own cancellation does: the freed seat goes to the waitlist. */
  async cancelMember(token: string, registrationId: string): Promise<RegistrationGroupResponse> {
    const group = await this.groups.find(this.dataSource.manager, token);
    const [member] = await this.dataSource.query(`SELECT 1 FROM registration_group_members WHERE group_id = $1 AND registration_id = $2`, [
      group.id,
      registrationId,
    ]);
    if (!member) throw notFound('groups.member-not-found');
    await this.changes.cancel(registrationId, null);
    return this.groups.view(token);
  }

  /**
   * Counts each member's confirmation and the contact's mail against the recipients' limits, in address
   * order: the counters' row locks are then taken in one order by every request (no deadlocks), before
   * the conference's seat lock (lock order everywhere: recipient counters, then the seat lock).
   */
  private async countMails(
    manager: EntityManager,
    conferenceId: string,
    members: string[],
    contact: string,
  ): Promise<{ members: boolean[]; contact: boolean }> {
    const order = [...members.map((email, i) => ({ email, i })), { email: contact, i: -1 }].sort(
      (a, b) => recipientKey(a.email).localeCompare(recipientKey(b.email)) || b.i - a.i,
    );
    const allowed = new Map<number, boolean>();
    for (const { email, i } of order) {
      allowed.set(i, await this.recipientLimit.allow(manager, email, i < 0 ? [] : confirmationLimit(conferenceId)));
    }
    return { members: members.map((_, i) => allowed.get(i) as boolean), contact: allowed.get(-1) as boolean };
  }
}

function named(p: PreparedRegistration): { name: string; email: string } {
  return { name: `${p.person.firstName} ${p.person.lastName}`, email: p.person.email };
}

/** 409 naming the member: e-mail, place in the list and name; the member's e-mail field is marked. */
function duplicate(code: 'groups.duplicate-in-group' | 'groups.already-registered', m: NamedMember, why: string) {
  return conflict(code, {
    params: { email: m.email, position: m.position, name: m.name, index: m.index },
    errors: { [`members.${m.index}.email`]: why },
  });
}

async function addMembers(manager: EntityManager, groupId: string, ids: string[], first: number): Promise<void> {
  await manager.query(
    `INSERT INTO registration_group_members (registration_id, group_id, position)
     SELECT id, $1, $3 + ordinality - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS v(id, ordinality)`,
    [groupId, ids, first],
  );
}

function memberCreated(p: PreparedRegistration, w: WrittenRegistration): GroupMemberCreated {
  return { id: p.id, email: p.person.email, status: w.status, waitlistPosition: w.position, manageToken: p.manage.token };
}
