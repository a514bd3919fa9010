import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ChangelogEntry, ProgrammeItem, PublishedItemResponse, SignupCountsResponse } from '@samverkan/agenda/contract';
import { ConferencesService } from '@samverkan/conferences/api';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { can } from '@samverkan/identity/contract';
import { preparedQuery } from '@samverkan/shared/api-database';
import { notFound, RepresentationCache, representation, type Representation } from '@samverkan/shared/api-http';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { AgendaVersion } from '../agenda.entity';
import { programmeText } from './programme-text';
import { publicSpeakersOf } from '../speakers/speaker-reads';
import { LATEST_NUMBER_SQL, PUBLISHED_ITEM_SQL, SIGNUP_COUNTS_SQL, VERSION_TEXT_SQL } from './programme.sql';

/** What everyone reads of a programme: its published versions, their changes and live sign-up counts. */
@Injectable()
export class PublicProgrammeQueries {
  /** Immutable published versions as JSON text, by `conferenceId:number`. */
  private readonly programmes = new RepresentationCache();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conferences: ConferencesService,
  ) {}

  /**
   * The latest published programme as JSON text, with an ETag. Published versions never change, so the
   * text of a version is cached by (conference, number): one small query per request finds the latest
   * number (and checks visibility); the snapshot itself is read and serialised once per version.
   */
  async programmeJson(conferenceId: string, user?: AuthenticatedUser): Promise<Representation> {
    // Run on every read of every programme page: prepared, so it is not planned afresh each time.
    const [row] = await preparedQuery<{ status: string; latest: number | null }>(this.dataSource, 'programme-latest-number', LATEST_NUMBER_SQL, [conferenceId]);
    if (!row || (row.status === 'draft' && !can(user?.roles, 'conferences.manage'))) throw notFound('agenda.conference-not-found');
    if (row.latest === null) throw notFound('agenda.not-published');
    const latest = Number(row.latest);
    return this.programmes.get(`${conferenceId}:${latest}`, async () => {
      const [version]: { snapshot: string; published_at: Date }[] = await this.dataSource.query(VERSION_TEXT_SQL, [conferenceId, latest]);
      return representation(programmeText(latest, version.published_at, version.snapshot), `"programme-${conferenceId}-${latest}"`);
    });
  }

  /**
   * Live places taken per published session with sign-up (the programme snapshot is per version; the
   * counts move with every sign-up). 404 like the programme for conferences one may not see.
   */
  async signupCounts(conferenceId: string, user?: AuthenticatedUser): Promise<SignupCountsResponse> {
    await this.conferences.findVisibleLean(this.dataSource.manager, conferenceId, user);
    const rows: { id: string; signup_count: number; signup_capacity: number }[] = await this.dataSource.query(SIGNUP_COUNTS_SQL, [conferenceId]);
    return Object.fromEntries(rows.map((r) => [r.id, { taken: r.signup_count, capacity: r.signup_capacity }]));
  }

  /** Every published version, newest first, with what changed in it. */
  async changelog(conferenceId: string, user?: AuthenticatedUser): Promise<ChangelogEntry[]> {
    await this.conferences.findVisibleLean(this.dataSource.manager, conferenceId, user);
    const versions = await this.dataSource
      .getRepository(AgendaVersion)
      .find({ where: { conferenceId }, order: { number: 'DESC' }, select: { number: true, publishedAt: true, changes: true, id: true } });
    return versions.map((v) => ({ version: v.number, publishedAt: toStockholmIso(v.publishedAt), changes: v.changes }));
  }

  /** One published item (its own page, and its calendar entry). */
  async publishedItem(itemId: string): Promise<PublishedItemResponse> {
    const [row]: { conference_id: string; number: number; item: ProgrammeItem }[] = await this.dataSource.query(PUBLISHED_ITEM_SQL, [itemId]);
    if (!row) throw notFound('agenda.item-not-published');
    return { ...row.item, conferenceId: row.conference_id, version: row.number, speakers: await publicSpeakersOf(this.dataSource.manager, row.item) };
  }
}
