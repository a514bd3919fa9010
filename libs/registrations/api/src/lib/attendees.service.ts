import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Conference, lockSeats } from '@samverkan/conferences/api';
import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';
import {
  REGISTRATION_STATUSES,
  type AnswerValue,
  type AttendeePage,
  type AttendeeResponse,
  type RegistrationStatus,
} from '@samverkan/registrations/contract';
import { csvStringifier, notFound, refused } from '@samverkan/shared/api-http';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import type { AttendeeQueryDto } from './dto/registration.dto';
import { Registration } from './registration.entity';
import { logRegistrationEvent } from './registration-history';
import { filterOnAnswer } from './questions/answer-filter';
import { answerCells, answerColumns, answerViews } from './questions/answer-views';
import type { StoredQuestion } from './questions/question-rules';
import { RegistrationAnswers } from './questions/registration-answers';

const EXPORT_COLUMNS = [
  ['status', 'Status'],
  ['waitlistPosition', 'Plats på reservlistan'],
  ['firstName', 'Förnamn'],
  ['lastName', 'Efternamn'],
  ['email', 'E-post'],
  ['organisationName', 'Organisation'],
  ['organisationType', 'Organisationstyp'],
  ['title', 'Roll/titel'],
  ['dietaryNeeds', 'Kost'],
  ['accessibilityNeeds', 'Tillgänglighet'],
  ['language', 'Språk'],
  ['showOnAttendeeList', 'Visas på deltagarlistan'],
  ['checkedIn', 'Incheckad'],
  ['createdAt', 'Anmäld'],
] as const;

@Injectable()
export class AttendeesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly answers: RegistrationAnswers,
  ) {}

  /** One page plus counts and the questions: four queries whatever the page size. */
  async list(conferenceId: string, query: AttendeeQueryDto): Promise<AttendeePage> {
    await this.requireConference(conferenceId);
    const qb = this.filtered(conferenceId, query)
      .orderBy(`CASE r.status WHEN 'confirmed' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END`)
      .addOrderBy('r.waitlistRank', 'ASC', 'NULLS FIRST')
      .addOrderBy('r.createdAt', 'ASC')
      .limit(query.limit ?? 50)
      .offset(query.offset ?? 0);
    const [rows, total, counts, questions] = await Promise.all([
      qb.getRawMany<AttendeeRow>(),
      this.filtered(conferenceId, query).getCount(),
      this.counts(conferenceId),
      this.answers.questions(this.dataSource.manager, conferenceId),
    ]);
    return { items: rows.map((row) => toAttendee(row, questions)), total, counts };
  }

  async setCheckedIn(conferenceId: string, registrationId: string, checkedIn: boolean, actorId: string): Promise<AttendeeResponse> {
    await this.dataSource.transaction(async (manager) => {
      const registration = await manager.getRepository(Registration).findOneBy({ id: registrationId, conferenceId });
      if (!registration) throw notFound('registrations.not-found');
      if (registration.status !== 'confirmed') throw refused('registrations.check-in-not-confirmed');
      await manager.getRepository(Registration).update({ id: registrationId }, {
        checkedInAt: checkedIn ? new Date() : null,
        checkedInBy: checkedIn ? actorId : null,
      });
      await logRegistrationEvent(manager, registrationId, 'checked-in', { actorId, details: { checkedIn } });
    });
    return this.one(conferenceId, registrationId);
  }

  /** Staff reorder the waitlist only with a reason, which is logged. */
  async moveOnWaitlist(
    conferenceId: string,
    registrationId: string,
    position: number,
    reason: string,
    actorId: string,
  ): Promise<AttendeeResponse> {
    await this.dataSource.transaction(async (manager) => {
      // Exclusively: registrations in flight commit their ranks first, so the list re-dealt is whole.
      await lockSeats(manager, conferenceId, 'exclusive');
      const waiting = await manager
        .getRepository(Registration)
        .createQueryBuilder('r')
        .select(['r.id', 'r.waitlistRank'])
        .where(`r.conferenceId = :conferenceId AND r.status = 'waitlisted'`, { conferenceId })
        .orderBy('r.waitlistRank', 'ASC')
        .getMany();
      const from = waiting.findIndex((r) => r.id === registrationId);
      if (from < 0) throw notFound('registrations.not-on-waitlist');
      if (position > waiting.length) {
        throw refused('registrations.waitlist-position-out-of-range', {
          params: { length: waiting.length },
          errors: { position: 'outOfRange' },
        });
      }
      const ranks = waiting.map((r) => r.waitlistRank);
      const order = waiting.map((r) => r.id);
      order.splice(position - 1, 0, ...order.splice(from, 1));
      // Re-deal the same ranks in the new order; ranks stay unique and arrival numbers are not reused.
      await manager.query(
        `UPDATE registrations r SET waitlist_rank = v.rank::bigint FROM unnest($1::uuid[], $2::text[]) AS v(id, rank) WHERE r.id = v.id`,
        [order, ranks],
      );
      await logRegistrationEvent(manager, registrationId, 'moved', { actorId, reason, details: { from: from + 1, to: position } });
    });
    return this.one(conferenceId, registrationId);
  }

  async exportCsv(conferenceId: string, out: Writable): Promise<void> {
    await this.requireConference(conferenceId);
    const questions = await this.answers.questions(this.dataSource.manager, conferenceId);
    const csv = csvStringifier([...EXPORT_COLUMNS, ...answerColumns(questions)]);
    csv.pipe(out);
    await this.eachRow(conferenceId, (row) => {
      csv.write(exportRecord(row, questions));
    });
    csv.end();
    await new Promise<void>((resolve, reject) => out.on('finish', resolve).on('error', reject));
  }

  async exportXlsx(conferenceId: string, out: Writable): Promise<void> {
    const conference = await this.requireConference(conferenceId);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    const questions = await this.answers.questions(this.dataSource.manager, conferenceId);
    const sheet = workbook.addWorksheet('Deltagare');
    sheet.columns = [...EXPORT_COLUMNS, ...answerColumns(questions)].map(([key, header]) => ({
      key,
      header,
      width: key === 'email' || key === 'organisationName' || key.startsWith('answer:') ? 32 : 16,
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    await this.eachRow(conferenceId, (row) => sheet.addRow(exportRecord(row, questions)).commit());
    sheet.commit();
    workbook.creator = `Samverkan – ${conference.titleSv}`;
    await workbook.commit();
  }

  private async eachRow(conferenceId: string, handle: (row: AttendeeRow) => void): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const stream = await this.filtered(conferenceId, {}, runner.manager)
        .orderBy('r.status')
        .addOrderBy('r.waitlistRank', 'ASC', 'NULLS FIRST')
        .addOrderBy('r.createdAt')
        .stream();
      for await (const row of stream) handle(row as AttendeeRow);
    } finally {
      await runner.release();
    }
  }

  private async one(conferenceId: string, registrationId: string): Promise<AttendeeResponse> {
    const row = await this.filtered(conferenceId, {}).andWhere('r.id = :registrationId', { registrationId }).getRawOne<AttendeeRow>();
    if (!row) throw notFound('registrations.not-found');
    return toAttendee(row, await this.answers.questions(this.dataSource.manager, conferenceId));
  }

  private async requireConference(id: string): Promise<Conference> {
    const conference = await this.dataSource.getRepository(Conference).findOneBy({ id });
    if (!conference) throw notFound('conferences.not-found');
    return conference;
  }

  private filtered(
    conferenceId: string,
    query: AttendeeQueryDto,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<Registration> {
    const qb = manager
      .getRepository(Registration)
      .createQueryBuilder('r')
      .select([
        'r.id AS id',
        'r.status AS status',
        'r.first_name AS "firstName"',
        'r.last_name AS "lastName"',
        'r.email AS email',
        'r.organisation_name AS "organisationName"',
        'r.organisation_type AS "organisationType"',
        'r.title AS title',
        'r.dietary_needs AS "dietaryNeeds"',
        'r.accessibility_needs AS "accessibilityNeeds"',
        'r.language AS language',
        'r.show_on_attendee_list AS "showOnAttendeeList"',
        'r.checked_in_at AS "checkedInAt"',
        'r.created_at AS "createdAt"',
      ])
      .addSelect(
        `CASE WHEN r.status = 'waitlisted' THEN (SELECT count(*) FROM registrations w WHERE w.conference_id = r.conference_id AND w.status = 'waitlisted' AND w.waitlist_rank <= r.waitlist_rank) END`,
        'waitlistPosition',
      )
      .addSelect('(SELECT jsonb_object_agg(a.question_id, a.value) FROM registration_answers a WHERE a.registration_id = r.id)', 'answers')
      .where('r.conferenceId = :conferenceId', { conferenceId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.organisationType) qb.andWhere('r.organisationType = :type', { type: query.organisationType });
    if (query.answer) filterOnAnswer(qb, query.answer);
    if (query.search) {
      qb.andWhere(`(r.first_name || ' ' || r.last_name || ' ' || r.email || ' ' || r.organisation_name) ILIKE :search`, {
        search: `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    return qb;
  }

  private async counts(conferenceId: string): Promise<AttendeePage['counts']> {
    const rows: { status: RegistrationStatus; organisation_type: OrganisationType; n: number }[] = await this.dataSource.query(
      `SELECT status, organisation_type, count(*)::int AS n FROM registrations WHERE conference_id = $1 GROUP BY status, organisation_type`,
      [conferenceId],
    );
    const byStatus = Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, 0])) as Record<RegistrationStatus, number>;
    const byOrganisationType = Object.fromEntries(ORGANISATION_TYPES.map((t) => [t, 0])) as Record<OrganisationType, number>;
    for (const row of rows) {
      byStatus[row.status] += row.n;
      if (row.status === 'confirmed') byOrganisationType[row.organisation_type] += row.n;
    }
    return { byStatus, byOrganisationType };
  }
}

interface AttendeeRow {
  id: string;
  status: RegistrationStatus;
  waitlistPosition: string | number | null;
  firstName: string;
  lastName: string;
  email: string;
  organisationName: string;
  organisationType: OrganisationType;
  title: string | null;
  dietaryNeeds: string | null;
  accessibilityNeeds: string | null;
  language: 'sv' | 'en';
  showOnAttendeeList: boolean;
  checkedInAt: Date | null;
  createdAt: Date;
  answers: Record<string, AnswerValue> | null;
}

function toAttendee(row: AttendeeRow, questions: readonly StoredQuestion[]): AttendeeResponse {
  return {
    id: row.id,
    status: row.status,
    waitlistPosition: row.waitlistPosition === null ? null : Number(row.waitlistPosition),
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    organisationName: row.organisationName,
    organisationType: row.organisationType,
    title: row.title,
    dietaryNeeds: row.dietaryNeeds,
    accessibilityNeeds: row.accessibilityNeeds,
    language: row.language,
    checkedIn: row.checkedInAt !== null,
    createdAt: toStockholmIso(row.createdAt),
    answers: answerViews(questions, row.answers),
  };
}

function exportRecord(row: AttendeeRow, questions: readonly StoredQuestion[]): Record<string, string | number | null> {
  const { answers, ...a } = toAttendee(row, questions);
  return { ...a, showOnAttendeeList: row.showOnAttendeeList ? 'ja' : 'nej', checkedIn: a.checkedIn ? 'ja' : 'nej', ...answerCells(answers) };
}
