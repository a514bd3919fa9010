import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { PublishResult } from '@samverkan/agenda/contract';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { audit } from '@samverkan/shared/api-audit';
import { conflict, refused } from '@samverkan/shared/api-http';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { AgendaService } from './agenda.service';
import { AgendaVersion } from './agenda.entity';
import { diffProgrammes } from './programme-diff';
import { freezeProgramme } from './programme-snapshot';
import { speakersOfItems } from './speakers/speaker-links';
import { DraftAgendaQueries } from './queries/draft-agenda';
import { draftItems, draftRooms, latestVersion, requireConference } from './queries/draft-reads';
import { sameProgramme } from './same-programme';

/** Only a conference the public can see gets a programme; a cancelled one keeps the programme it had. */
const PUBLISHABLE: readonly string[] = ['published', 'archived'];

/**
 * Publishing freezes the draft as the next numbered version, with what changed since the previous one.
 * - One publisher at a time per conference, so numbers have no gaps and of several publishes of one
 *   change only the first makes a version.
 * - A draft that is what the latest version already holds is not published again (409 `agenda.unchanged`).
 * - Conflicts are warnings: publishing with conflicts needs `acknowledgeConflicts` (422 otherwise).
 * - Listeners (`AgendaService.onPublished`) run in the same transaction.
 */
@Injectable()
export class PublishingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agenda: AgendaService,
    private readonly drafts: DraftAgendaQueries,
  ) {}

  async publish(conferenceId: string, acknowledgeConflicts: boolean, user: AuthenticatedUser): Promise<PublishResult> {
    return this.dataSource.transaction(async (manager) => {
      await lockPublishing(manager, conferenceId);
      const conference = await requireConference(manager, conferenceId);
      if (!PUBLISHABLE.includes(conference.status)) throw refused('agenda.conference-not-public');
      // Sequential: one transaction, one connection.
      const rooms = await draftRooms(manager, conferenceId);
      const items = await draftItems(manager, conferenceId);
      const speakers = await speakersOfItems(manager, items.map((i) => i.id));
      const previous = await latestVersion(manager, conferenceId);
      const snapshot = freezeProgramme(conferenceId, rooms, items, speakers, previous, new Date());
      if (previous && sameProgramme(previous.snapshot, snapshot))
        throw conflict('agenda.unchanged', { params: { version: previous.number }, errors: { programme: 'unchanged' } });
      const conflicts = await this.drafts.conflicts(manager, conference, rooms, items, speakers);
      if (conflicts.length && !acknowledgeConflicts)
        throw refused('agenda.conflicts-unacknowledged', {
          params: { count: conflicts.length },
          errors: { acknowledgeConflicts: 'required' },
          context: { conflicts },
        });
      const changes = diffProgrammes(previous?.snapshot.items ?? [], snapshot.items);
      const version = await manager.getRepository(AgendaVersion).save({
        conferenceId,
        number: (previous?.number ?? 0) + 1,
        publishedById: user.id,
        conflictCount: conflicts.length,
        snapshot,
        changes,
      });
      await this.agenda.published(manager, conferenceId, version.number, changes);
      await audit(manager, {
        subjectType: 'conference',
        subjectId: conferenceId,
        action: 'programme.published',
        actorId: user.id,
        after: { version: version.number, changes: changes.length, conflicts: conflicts.length },
      });
      return {
        number: version.number,
        publishedAt: toStockholmIso(version.publishedAt),
        publishedByName: user.name,
        conflictCount: conflicts.length,
        changes,
      };
    });
  }
}

function lockPublishing(manager: EntityManager, conferenceId: string): Promise<unknown> {
  return manager.query(`SELECT pg_advisory_xact_lock(hashtext('agenda-publish:' || $1))`, [conferenceId]);
}
