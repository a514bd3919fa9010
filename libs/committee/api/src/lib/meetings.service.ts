import { BadRequestException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type {
  ActionItemResponse,
  CommitteePersonResponse,
  MeetingItemResponse,
  MeetingResponse,
  MeetingSummaryResponse,
  ThemeLineageResponse,
} from '@samverkan/committee/contract';
import { ConferencesService } from '@samverkan/conferences/api';
import { User, type AuthenticatedUser } from '@samverkan/identity/api';
import { Proposal, ProposalsService, isCommittee } from '@samverkan/proposals/api';
import { audit, auditTrail, type AuditEntryResponse } from '@samverkan/shared/api-audit';
import { MailService } from '@samverkan/shared/api-mail';
import { formatRange, toStockholmIso } from '@samverkan/shared/util-dates';
import { FocusArea } from '@samverkan/strategy/api';
import type { AddMeetingItemDto, CreateMeetingDto, RecordDecisionDto, UpdateMeetingDto } from './dto/meeting.dto';
import { lineageFor } from './lineage-view';
import { ActionItem, Meeting, MeetingItem, MeetingParticipant } from './meeting.entity';

const STANDARD_ITEMS = ['Mötets öppnande', 'Godkännande av dagordningen', 'Val av justerare'];
const OTHER_BUSINESS = 'Övriga frågor';

@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalsService,
    private readonly mail: MailService,
    private readonly conferences: ConferencesService,
  ) {}

  /** The people a meeting can call: active committee members and administrators, by name. */
  async people(): Promise<CommitteePersonResponse[]> {
    const rows: CommitteePersonResponse[] = await this.dataSource.query(
      `SELECT u.id, u.name, o.name AS organisation FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id
        WHERE u.active AND u.roles && ARRAY['working-committee', 'admin']::text[]`,
    );
    // Swedish order (å, ä, ö last) whatever the database's collation.
    return rows.sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
  }

  async list(): Promise<MeetingSummaryResponse[]> {
    const meetings = await this.dataSource.getRepository(Meeting).find({ order: { startsAt: 'DESC' } });
    return meetings.map(toSummary);
  }

  /** A new meeting gets the standard items, every open action item, and "other business". */
  async create(body: CreateMeetingDto, user: AuthenticatedUser): Promise<MeetingResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      const participantIds = [...new Set([...body.participantIds, body.chairId ?? user.id])];
      await this.checkUsers(manager, participantIds);
      const meeting = await manager.getRepository(Meeting).save(
        manager.getRepository(Meeting).create({
          title: body.title,
          startsAt: new Date(body.startsAt),
          endsAt: body.endsAt ? new Date(body.endsAt) : null,
          place: body.place ?? null,
          videoLink: body.videoLink ?? null,
          chairId: body.chairId ?? user.id,
          minutesStatus: 'draft',
        }),
      );
      await manager
        .getRepository(MeetingParticipant)
        .insert(participantIds.map((userId) => ({ meetingId: meeting.id, userId, present: null })));
      const open = await manager.getRepository(ActionItem).find({ where: { status: 'open' }, order: { createdAt: 'ASC' } });
      const titles: Array<Pick<MeetingItem, 'kind' | 'title' | 'actionItemId'>> = [
        ...STANDARD_ITEMS.map((title) => ({ kind: 'standard' as const, title, actionItemId: null })),
        ...open.map((a) => ({ kind: 'action-item' as const, title: `Uppföljning: ${a.title}`, actionItemId: a.id })),
        { kind: 'other', title: OTHER_BUSINESS, actionItemId: null },
      ];
      await manager
        .getRepository(MeetingItem)
        .insert(titles.map((item, position) => ({ ...item, meetingId: meeting.id, position, proposalId: null })));
      await audit(manager, {
        subjectType: 'meeting',
        subjectId: meeting.id,
        action: 'created',
        actorId: user.id,
        after: { title: meeting.title },
      });
      return meeting.id;
    });
    return this.get(id, user);
  }

  async get(id: string, user?: AuthenticatedUser): Promise<MeetingResponse> {
    if (!isCommittee(user) || !/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundException('Mötet finns inte.');
    const meeting = await this.dataSource
      .getRepository(Meeting)
      .findOne({ where: { id }, relations: { chair: true, minutesApprover: true } });
    if (!meeting) throw new NotFoundException('Mötet finns inte.');
    const [participants, items, actions] = await Promise.all([
      this.dataSource.getRepository(MeetingParticipant).find({ where: { meetingId: id }, relations: { user: true } }),
      this.dataSource.getRepository(MeetingItem).find({ where: { meetingId: id }, order: { position: 'ASC' } }),
      this.dataSource.getRepository(ActionItem).find({ where: { meetingId: id }, relations: { owner: true, focusArea: true } }),
    ]);
    return {
      ...toSummary(meeting),
      chairId: meeting.chairId,
      chairName: meeting.chair?.name ?? '',
      minutesApproverId: meeting.minutesApproverId,
      minutesApproverName: meeting.minutesApprover?.name ?? null,
      chairApprovedAt: iso(meeting.chairApprovedAt),
      approverApprovedAt: iso(meeting.approverApprovedAt),
      lockedAt: iso(meeting.lockedAt),
      participants: participants
        .map((p) => ({ userId: p.userId, name: p.user?.name ?? '', email: p.user?.email ?? '', present: p.present }))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
      items: items.map((item) =>
        toItem(
          item,
          actions.filter((a) => a.sourceItemId === item.id),
        ),
      ),
    };
  }

  async update(id: string, body: UpdateMeetingDto, user: AuthenticatedUser): Promise<MeetingResponse> {
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.lockDraft(manager, id);
      const { participantIds, startsAt, endsAt, ...fields } = body;
      if (body.minutesApproverId) await this.checkUsers(manager, [body.minutesApproverId], 'minutesApproverId');
      if (body.chairId) await this.checkUsers(manager, [body.chairId], 'chairId');
      await manager.getRepository(Meeting).update(
        { id },
        {
          ...fields,
          ...(startsAt ? { startsAt: new Date(startsAt) } : {}),
          ...(endsAt !== undefined ? { endsAt: endsAt ? new Date(endsAt) : null } : {}),
        },
      );
      if (participantIds) {
        await this.checkUsers(manager, participantIds);
        const keep = [...new Set([...participantIds, body.chairId ?? meeting.chairId])];
        // Keep recorded attendance for those who stay; add the new ones, drop the removed ones.
        await manager.query(`DELETE FROM meeting_participants WHERE meeting_id = $1 AND NOT (user_id = ANY($2::uuid[]))`, [id, keep]);
        await manager.query(
          `INSERT INTO meeting_participants (meeting_id, user_id, present) SELECT $1, unnest($2::uuid[]), NULL ON CONFLICT DO NOTHING`,
          [id, keep],
        );
      }
      await audit(manager, {
        subjectType: 'meeting',
        subjectId: id,
        action: 'edited',
        actorId: user.id,
        after: { fields: Object.keys(body) },
      });
    });
    return this.get(id, user);
  }

  async addItem(id: string, body: AddMeetingItemDto, user: AuthenticatedUser): Promise<MeetingResponse> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockDraft(manager, id);
      let title = body.title ?? '';
      if (body.kind === 'proposal') {
        const proposal = await manager.getRepository(Proposal).findOneBy({ id: body.proposalId as string });
        if (!proposal || !['submitted', 'in-review'].includes(proposal.state)) {
          throw new UnprocessableEntityException({
            message: 'Bara inlämnade förslag kan tas upp till beslut.',
            errors: { proposalId: 'notSubmitted' },
          });
        }
        if (await manager.getRepository(MeetingItem).existsBy({ meetingId: id, proposalId: proposal.id })) {
          throw new UnprocessableEntityException({
            message: 'Förslaget finns redan på dagordningen.',
            errors: { proposalId: 'alreadyOnAgenda' },
          });
        }
        title = `Beslut om förslag: ${proposal.title}`;
      }
      // New items go before "other business", which stays last.
      const items = await manager.getRepository(MeetingItem).find({ where: { meetingId: id }, order: { position: 'ASC' } });
      const other = items.findIndex((i) => i.kind === 'other' && i.title === OTHER_BUSINESS);
      const position = other >= 0 ? other : items.length;
      await manager.query(`UPDATE meeting_items SET position = position + 1 WHERE meeting_id = $1 AND position >= $2`, [id, position]);
      await manager
        .getRepository(MeetingItem)
        .insert({ meetingId: id, position, kind: body.kind, title, proposalId: body.proposalId ?? null, actionItemId: null });
      await audit(manager, { subjectType: 'meeting', subjectId: id, action: 'item.added', actorId: user.id, after: { title } });
    });
    return this.get(id, user);
  }

  async removeItem(id: string, itemId: string, user: AuthenticatedUser): Promise<MeetingResponse> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockDraft(manager, id);
      const item = await manager.getRepository(MeetingItem).findOneBy({ id: itemId, meetingId: id });
      if (!item) throw new NotFoundException('Punkten finns inte.');
      if (item.decidedAt) throw new UnprocessableEntityException('En punkt med beslut kan inte tas bort.');
      await manager.getRepository(MeetingItem).delete({ id: itemId });
      await manager.query(`UPDATE meeting_items SET position = position - 1 WHERE meeting_id = $1 AND position > $2`, [id, item.position]);
      await audit(manager, {
        subjectType: 'meeting',
        subjectId: id,
        action: 'item.removed',
        actorId: user.id,
        before: { title: item.title },
      });
    });
    return this.get(id, user);
  }

  async reorder(id: string, itemIds: string[], user: AuthenticatedUser): Promise<MeetingResponse> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockDraft(manager, id);
      const items = await manager.getRepository(MeetingItem).find({ where: { meetingId: id } });
      const known = new Set(items.map((i) => i.id));
      if (itemIds.length !== items.length || !itemIds.every((i) => known.has(i))) {
        throw new BadRequestException({
          message: 'Skicka med alla punkter på dagordningen, var och en en gång.',
          errors: { itemIds: 'mismatch' },
        });
      }
      await manager.query(
        `UPDATE meeting_items m SET position = v.position FROM unnest($1::uuid[]) WITH ORDINALITY AS v(id, position) WHERE m.id = v.id`,
        [itemIds],
      );
      await manager.query(`UPDATE meeting_items SET position = position - 1 WHERE meeting_id = $1`, [id]);
      await audit(manager, { subjectType: 'meeting', subjectId: id, action: 'reordered', actorId: user.id, after: { itemIds } });
    });
    return this.get(id, user);
  }

  async attendance(id: string, presentUserIds: string[], user: AuthenticatedUser): Promise<MeetingResponse> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockDraft(manager, id);
      await manager.query(`UPDATE meeting_participants SET present = (user_id = ANY($2::uuid[])) WHERE meeting_id = $1`, [
        id,
        presentUserIds,
      ]);
      await audit(manager, {
        subjectType: 'meeting',
        subjectId: id,
        action: 'attendance',
        actorId: user.id,
        after: { present: presentUserIds },
      });
    });
    return this.get(id, user);
  }

  /** Records the decision on an item; for a proposal also decides the proposal (same transaction). */
  async decide(id: string, itemId: string, body: RecordDecisionDto, user: AuthenticatedUser): Promise<MeetingResponse> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockDraft(manager, id);
      const item = await manager.getRepository(MeetingItem).findOneBy({ id: itemId, meetingId: id });
      if (!item) throw new NotFoundException('Punkten finns inte.');
      if (item.proposalId) {
        if (!body.outcome || !body.motivation) {
          throw new BadRequestException({
            message: 'Ett beslut om ett förslag behöver utfall och motivering.',
            errors: { ...(body.outcome ? {} : { outcome: 'required' }), ...(body.motivation ? {} : { motivation: 'required' }) },
          });
        }
        if (item.outcome) throw new UnprocessableEntityException('Förslaget är redan beslutat på detta möte.');
        await this.proposals.decide(manager, item.proposalId, body.outcome, body.motivation, user.id, id);
      } else if (body.outcome) {
        throw new BadRequestException({ message: 'Utfall gäller bara förslag.', errors: { outcome: 'notAProposal' } });
      }
      const before = { decisionText: item.decisionText, outcome: item.outcome };
      await manager.getRepository(MeetingItem).update(
        { id: itemId },
        {
          decisionText: body.decisionText ?? item.decisionText,
          outcome: body.outcome ?? item.outcome,
          motivation: body.motivation ?? item.motivation,
          decidedAt: new Date(),
        },
      );
      if (body.actionItems?.length) {
        await this.checkUsers(
          manager,
          body.actionItems.map((a) => a.ownerId),
        );
        const codes = body.actionItems.map((a) => a.focusAreaCode).filter((c): c is NonNullable<typeof c> => !!c);
        const areas = codes.length
          ? await manager
              .getRepository(FocusArea)
              .createQueryBuilder('f')
              .innerJoin('f.strategy', 's', 's.current')
              .where({ code: In(codes) })
              .getMany()
          : [];
        await manager.getRepository(ActionItem).insert(
          body.actionItems.map((a) => ({
            title: a.title,
            ownerId: a.ownerId,
            dueDate: a.dueDate ?? null,
            focusAreaId: areas.find((f) => f.code === a.focusAreaCode)?.id ?? null,
            status: 'open' as const,
            sourceItemId: itemId,
            meetingId: id,
          })),
        );
      }
      await audit(manager, {
        subjectType: 'meeting',
        subjectId: id,
        action: 'decision',
        actorId: user.id,
        before,
        after: { item: item.title, decisionText: body.decisionText ?? null, outcome: body.outcome ?? null },
      });
    });
    void this.mail.flush();
    return this.get(id, user);
  }

  /**
   * Justering: the chair and the chosen approver each approve; when both have, the minutes are locked
   * and nothing about the meeting can change again.
   */
  async approveMinutes(id: string, user: AuthenticatedUser): Promise<MeetingResponse> {
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.lockDraft(manager, id);
      if (!meeting.minutesApproverId) throw new UnprocessableEntityException('Välj en justerare innan protokollet justeras.');
      const now = new Date();
      const patch: Partial<Meeting> = {};
      if (user.id === meeting.chairId && !meeting.chairApprovedAt) patch.chairApprovedAt = now;
      if (user.id === meeting.minutesApproverId && !meeting.approverApprovedAt) patch.approverApprovedAt = now;
      if (!Object.keys(patch).length) {
        throw new ForbiddenException(
          user.id === meeting.chairId || user.id === meeting.minutesApproverId
            ? 'Du har redan godkänt protokollet.'
            : 'Bara ordföranden och justeraren godkänner protokollet.',
        );
      }
      const chairDone = patch.chairApprovedAt ?? meeting.chairApprovedAt;
      const approverDone = patch.approverApprovedAt ?? meeting.approverApprovedAt;
      if (chairDone && approverDone) Object.assign(patch, { minutesStatus: 'locked', lockedAt: now });
      await manager.getRepository(Meeting).update({ id }, patch);
      await audit(manager, {
        subjectType: 'meeting',
        subjectId: id,
        action: patch.minutesStatus === 'locked' ? 'minutes.locked' : 'minutes.approved',
        actorId: user.id,
        before: { minutesStatus: 'draft' },
        after: { minutesStatus: patch.minutesStatus ?? 'draft' },
      });
    });
    return this.get(id, user);
  }

  /** Kallelse: the agenda by e-mail to every participant. */
  async sendNotice(id: string, user: AuthenticatedUser): Promise<MeetingResponse> {
    const meeting = await this.get(id, user);
    await this.dataSource.transaction(async (manager) => {
      const agenda = meeting.items.map((item, i) => `${i + 1}. ${item.title}`).join('\n');
      const where = [meeting.place, meeting.videoLink].filter(Boolean).join(' / ');
      await this.mail.enqueue(
        manager,
        meeting.participants.map((p) => ({
          to: p.email,
          subject: `Kallelse: ${meeting.title}`,
          text: `Hej ${p.name},\n\nDu kallas till ${meeting.title}.\n\nTid: ${formatRange(meeting.startsAt, meeting.endsAt ?? meeting.startsAt)}\n${where ? `Plats: ${where}\n` : ''}\nDagordning:\n${agenda}\n\n— Svenska Industrikommuners arbetsutskott`,
          subjectRef: `meeting:${id}`,
        })),
      );
      await manager.getRepository(Meeting).update({ id }, { noticeSentAt: new Date() });
      await audit(manager, {
        subjectType: 'meeting',
        subjectId: id,
        action: 'notice.sent',
        actorId: user.id,
        after: { recipients: meeting.participants.length },
      });
    });
    void this.mail.flush();
    return this.get(id, user);
  }

  async auditLog(id: string, user?: AuthenticatedUser): Promise<AuditEntryResponse[]> {
    await this.get(id, user);
    return auditTrail(this.dataSource.manager, 'meeting', id);
  }

  async actionItems(status: 'open' | 'closed' | undefined): Promise<ActionItemResponse[]> {
    const items = await this.dataSource
      .getRepository(ActionItem)
      .find({ where: status ? { status } : {}, relations: { owner: true, focusArea: true }, order: { dueDate: 'ASC', createdAt: 'ASC' } });
    return items.map(toAction);
  }

  async setActionItemStatus(id: string, status: 'open' | 'closed', user: AuthenticatedUser): Promise<ActionItemResponse> {
    await this.dataSource.transaction(async (manager) => {
      const item = await manager.getRepository(ActionItem).findOneBy({ id });
      if (!item) throw new NotFoundException('Åtgärden finns inte.');
      await manager.getRepository(ActionItem).update({ id }, { status, closedAt: status === 'closed' ? new Date() : null });
      await audit(manager, {
        subjectType: 'action-item',
        subjectId: id,
        action: 'status',
        actorId: user.id,
        before: { status: item.status },
        after: { status },
      });
    });
    const item = await this.dataSource
      .getRepository(ActionItem)
      .findOneOrFail({ where: { id }, relations: { owner: true, focusArea: true } });
    return toAction(item);
  }

  /** Where a conference's themes came from: proposer, meeting and date of the decision, as much as the caller may see (`lineage-view.ts`). */
  async lineage(conferenceId: string, user?: AuthenticatedUser): Promise<ThemeLineageResponse[]> {
    await this.conferences.findVisibleLean(this.dataSource.manager, conferenceId, user);
    const rows: {
      theme_id: string;
      proposal_id: string;
      proposal_title: string;
      proposer_name: string;
      meeting_id: string | null;
      meeting_title: string | null;
      decided_at: Date;
    }[] = await this.dataSource.query(
      `SELECT t.id AS theme_id, p.id AS proposal_id, p.title AS proposal_title, u.name AS proposer_name,
                m.id AS meeting_id, m.title AS meeting_title, p.decided_at
           FROM themes t
           JOIN proposals p ON p.id = t.source_proposal_id AND p.state = 'accepted'
           JOIN users u ON u.id = p.proposer_id
           LEFT JOIN meetings m ON m.id = p.decision_meeting_id
          WHERE t.conference_id = $1
          ORDER BY t.position`,
      [conferenceId],
    );
    return rows.map((r) =>
      lineageFor(
        {
          themeId: r.theme_id,
          proposalId: r.proposal_id,
          proposalTitle: r.proposal_title,
          proposerName: r.proposer_name,
          meetingId: r.meeting_id,
          meetingTitle: r.meeting_title,
          decidedAt: toStockholmIso(r.decided_at),
        },
        user,
      ),
    );
  }

  /** Locks the meeting row and refuses any change once the minutes are approved (locked). */
  private async lockDraft(manager: EntityManager, id: string): Promise<Meeting> {
    const meeting = await manager.getRepository(Meeting).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!meeting) throw new NotFoundException('Mötet finns inte.');
    if (meeting.minutesStatus === 'locked')
      throw new UnprocessableEntityException('Protokollet är justerat och låst; mötet kan inte ändras.');
    return meeting;
  }

  private async checkUsers(manager: EntityManager, ids: string[], field = 'participantIds'): Promise<void> {
    const unique = [...new Set(ids)];
    if ((await manager.getRepository(User).countBy({ id: In(unique) })) !== unique.length) {
      throw new UnprocessableEntityException({ message: 'En av personerna finns inte.', errors: { [field]: 'unknown' } });
    }
  }
}

function iso(d: Date | null): string | null {
  return d ? toStockholmIso(d) : null;
}

function toSummary(m: Meeting): MeetingSummaryResponse {
  return {
    id: m.id,
    title: m.title,
    startsAt: toStockholmIso(m.startsAt),
    endsAt: iso(m.endsAt),
    place: m.place,
    videoLink: m.videoLink,
    minutesStatus: m.minutesStatus,
    noticeSentAt: iso(m.noticeSentAt),
  };
}

function toAction(a: ActionItem): ActionItemResponse {
  return {
    id: a.id,
    title: a.title,
    ownerId: a.ownerId,
    ownerName: a.owner?.name ?? '',
    dueDate: a.dueDate,
    focusAreaCode: a.focusArea?.code ?? null,
    status: a.status,
    meetingId: a.meetingId,
    createdAt: a.createdAt.toISOString(),
    closedAt: a.closedAt ? a.closedAt.toISOString() : null,
  };
}

function toItem(item: MeetingItem, actions: ActionItem[]): MeetingItemResponse {
  return {
    id: item.id,
    position: item.position,
    kind: item.kind,
    title: item.title,
    proposalId: item.proposalId,
    actionItemId: item.actionItemId,
    decisionText: item.decisionText,
    outcome: item.outcome,
    motivation: item.motivation,
    decidedAt: iso(item.decidedAt),
    actionItems: actions.map(toAction),
  };
}
