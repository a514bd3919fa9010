import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, badRequest, refused } from '@samverkan/shared/api-http';
import type { ImportCounts, ImportPreviewConference, ImportResult, ImportRowError } from '@samverkan/coverage/contract';
import {
  HistoryFileTooLargeError,
  readHistoryFile,
  referencedKeys,
  validateRows,
  type ConferenceRecord,
  type ParsedHistory,
  type ParticipantRecord,
  type SessionRecord,
} from './history-file';

export interface UploadedHistoryFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

interface ExistingConference {
  id: string;
  import_key: string;
  title: string;
  starts_on: string;
  ends_on: string;
  venue: string | null;
}

interface ExistingSession {
  past_conference_id: string;
  title: string;
  format: string;
  minutes: number | null;
  focus_area_codes: string[];
  signups: number;
}

interface ExistingCount {
  past_conference_id: string;
  organisation_type: string;
  count: number;
}

interface Plan {
  conferences: ImportCounts;
  sessions: ImportCounts;
  participants: ImportCounts;
  preview: ImportPreviewConference[];
}

/** Serialises imports, so two uploads of overlapping files cannot interleave their upserts. */
const IMPORT_LOCK = `SELECT pg_advisory_xact_lock(hashtext('coverage-history-import'))`;

/**
 * Imports past conferences from a CSV or XLSX file (docs/import/history-format.md). Every row is
 * checked before anything is written; with errors nothing is written; the rows are upserted by their
 * natural keys in one transaction, and a row that is already there with the same values is left
 * untouched, so importing the same file twice changes nothing.
 */
@Injectable()
export class HistoryImportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async import(file: UploadedHistoryFile | undefined, dryRun: boolean): Promise<ImportResult> {
    if (!file?.buffer?.length) throw badRequest('coverage.import-file-missing', { errors: { file: 'required' } });
    if (!/\.(csv|txt|xlsx)$/i.test(file.originalname)) {
      throw badRequest('coverage.import-unsupported-type', { errors: { file: 'unsupported-type' } });
    }
    const raw = await readHistoryFile(file.buffer, file.originalname).catch((error: unknown) => {
      if (!(error instanceof HistoryFileTooLargeError)) throw error;
      throw new AppError(413, 'coverage.import-too-large', {
        params: { limitMb: error.limit / 1024 / 1024 },
        errors: { file: 'too-large' },
      });
    });
    if (isErrorList(raw)) return this.refuse(emptyResult(dryRun, raw), dryRun);

    const run = async (manager: EntityManager): Promise<ImportResult> => {
      const keys = referencedKeys(raw);
      const existing = await manager.query<ExistingConference[]>(
        `SELECT id, import_key, title, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on, venue
           FROM past_conferences WHERE import_key = ANY($1::text[])`,
        [keys],
      );
      const parsed = validateRows(raw, new Set(existing.map((c) => c.import_key)));
      const ids = existing.map((c) => c.id);
      const [sessions, counts] = await Promise.all([
        manager.query<ExistingSession[]>(
          `SELECT past_conference_id, title, format, minutes, focus_area_codes, signups FROM past_sessions WHERE past_conference_id = ANY($1::uuid[])`,
          [ids],
        ),
        manager.query<ExistingCount[]>(
          `SELECT past_conference_id, organisation_type, count FROM past_participant_counts WHERE past_conference_id = ANY($1::uuid[])`,
          [ids],
        ),
      ]);
      const plan = planImport(parsed, existing, sessions, counts);
      const result: ImportResult = { dryRun, applied: false, rows: parsed.rows, ...plan, errors: parsed.errors };
      if (dryRun || parsed.errors.length) return result;
      await writeHistory(manager, parsed);
      return { ...result, applied: true };
    };

    const result = dryRun
      ? await run(this.dataSource.manager)
      : await this.dataSource.transaction(async (manager) => {
          await manager.query(IMPORT_LOCK);
          return run(manager);
        });
    return this.refuse(result, dryRun);
  }

  /** A real import with errors answers 422 with every row error; a dry run answers 200 with them. */
  private refuse(result: ImportResult, dryRun: boolean): ImportResult {
    if (!dryRun && result.errors.length) {
      throw refused('coverage.import-has-errors', {
        params: { count: result.errors.length },
        errors: { file: 'invalid-rows' },
        context: { result },
      });
    }
    return result;
  }
}

function isErrorList(value: unknown[]): value is ImportRowError[] {
  return value.length > 0 && 'code' in (value[0] as object);
}

function emptyResult(dryRun: boolean, errors: ImportRowError[]): ImportResult {
  const zero = { created: 0, updated: 0, unchanged: 0 };
  return { dryRun, applied: false, rows: 0, conferences: zero, sessions: { ...zero }, participants: { ...zero }, preview: [], errors };
}

/** What the file would change, row by row against what is stored (a pure comparison, also the dry run). */
export function planImport(
  parsed: ParsedHistory,
  existing: readonly ExistingConference[],
  sessions: readonly ExistingSession[],
  counts: readonly ExistingCount[],
): Plan {
  const byKey = new Map(existing.map((c) => [c.import_key, c]));
  const idOfKey = (key: string) => byKey.get(key)?.id;
  const storedSessions = new Map(sessions.map((s) => [`${s.past_conference_id}\u0000${s.title}`, s]));
  const storedCounts = new Map(counts.map((c) => [`${c.past_conference_id}\u0000${c.organisation_type}`, c]));
  const plan: Plan = {
    conferences: { created: 0, updated: 0, unchanged: 0 },
    sessions: { created: 0, updated: 0, unchanged: 0 },
    participants: { created: 0, updated: 0, unchanged: 0 },
    preview: [],
  };
  const changed = new Set<string>();
  for (const session of parsed.sessions) {
    const stored = storedSessions.get(`${idOfKey(session.conferenceKey)}\u0000${session.title}`);
    const change = !stored ? 'created' : sameSession(stored, session) ? 'unchanged' : 'updated';
    plan.sessions[change]++;
    if (change !== 'unchanged') changed.add(session.conferenceKey);
  }
  for (const count of parsed.participants) {
    const stored = storedCounts.get(`${idOfKey(count.conferenceKey)}\u0000${count.organisationType}`);
    const change = !stored ? 'created' : stored.count === count.count ? 'unchanged' : 'updated';
    plan.participants[change]++;
    if (change !== 'unchanged') changed.add(count.conferenceKey);
  }
  for (const conference of parsed.conferences) {
    const stored = byKey.get(conference.key);
    const change = !stored ? 'created' : sameConference(stored, conference) ? 'unchanged' : 'updated';
    plan.conferences[change]++;
    plan.preview.push({
      key: conference.key,
      title: conference.title,
      startsOn: conference.startsOn,
      sessions: parsed.sessions.filter((s) => s.conferenceKey === conference.key).length,
      participants: parsed.participants.filter((p) => p.conferenceKey === conference.key).reduce((sum, p) => sum + p.count, 0),
      change: change === 'unchanged' && changed.has(conference.key) ? 'updated' : change,
    });
  }
  plan.preview.sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  return plan;
}

function sameConference(stored: ExistingConference, row: ConferenceRecord): boolean {
  return stored.title === row.title && stored.starts_on === row.startsOn && stored.ends_on === row.endsOn && stored.venue === row.venue;
}

function sameSession(stored: ExistingSession, row: SessionRecord): boolean {
  return (
    stored.format === row.format &&
    stored.minutes === row.minutes &&
    stored.signups === row.signups &&
    [...stored.focus_area_codes].sort().join(',') === [...row.focusAreaCodes].sort().join(',')
  );
}

/**
 * Three set-based upserts (conferences, sessions, counts), whatever the file's size. `WHERE … IS
 * DISTINCT FROM` leaves identical rows alone, so a repeated import does not even touch updated_at.
 */
export async function writeHistory(
  manager: EntityManager,
  parsed: Pick<ParsedHistory, 'conferences' | 'sessions' | 'participants'>,
): Promise<void> {
  const c = parsed.conferences;
  if (c.length) {
    await manager.query(
      `INSERT INTO past_conferences (import_key, title, starts_on, ends_on, venue)
       SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::date[], $5::text[])
       ON CONFLICT (import_key) DO UPDATE SET title = excluded.title, starts_on = excluded.starts_on, ends_on = excluded.ends_on,
         venue = excluded.venue, updated_at = now()
       WHERE (past_conferences.title, past_conferences.starts_on, past_conferences.ends_on, past_conferences.venue)
         IS DISTINCT FROM (excluded.title, excluded.starts_on, excluded.ends_on, excluded.venue)`,
      [c.map((r) => r.key), c.map((r) => r.title), c.map((r) => r.startsOn), c.map((r) => r.endsOn), c.map((r) => r.venue)],
    );
  }
  const s: SessionRecord[] = parsed.sessions;
  if (s.length) {
    await manager.query(
      `INSERT INTO past_sessions (past_conference_id, title, format, minutes, focus_area_codes, signups)
       SELECT pc.id, v.title, v.format, v.minutes, string_to_array(v.codes, ',')::text[], v.signups
         FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::int[]) AS v(conference_key, title, format, minutes, codes, signups)
         JOIN past_conferences pc ON pc.import_key = v.conference_key
       ON CONFLICT (past_conference_id, title) DO UPDATE SET format = excluded.format, minutes = excluded.minutes,
         focus_area_codes = excluded.focus_area_codes, signups = excluded.signups, updated_at = now()
       WHERE (past_sessions.format, past_sessions.minutes, past_sessions.focus_area_codes, past_sessions.signups)
         IS DISTINCT FROM (excluded.format, excluded.minutes, excluded.focus_area_codes, excluded.signups)`,
      [
        s.map((r) => r.conferenceKey),
        s.map((r) => r.title),
        s.map((r) => r.format),
        s.map((r) => r.minutes),
        s.map((r) => r.focusAreaCodes.join(',')),
        s.map((r) => r.signups),
      ],
    );
  }
  const p: ParticipantRecord[] = parsed.participants;
  if (p.length) {
    await manager.query(
      `INSERT INTO past_participant_counts (past_conference_id, organisation_type, count)
       SELECT pc.id, v.type, v.count
         FROM unnest($1::text[], $2::text[], $3::int[]) AS v(conference_key, type, count)
         JOIN past_conferences pc ON pc.import_key = v.conference_key
       ON CONFLICT (past_conference_id, organisation_type) DO UPDATE SET count = excluded.count
       WHERE past_participant_counts.count IS DISTINCT FROM excluded.count`,
      [p.map((r) => r.conferenceKey), p.map((r) => r.organisationType), p.map((r) => r.count)],
    );
  }
}
