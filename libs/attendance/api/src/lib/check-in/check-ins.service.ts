import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CheckInResponse, CheckInUndoneResponse } from '@samverkan/attendance/contract';
import { Conference } from '@samverkan/conferences/api';
import { CheckInCodes } from '@samverkan/registrations/api';
import { notFound, refused } from '@samverkan/shared/api-http';
import { checkInRefusal, toCheckInResponse, type DoorRow } from './check-in-rules';
import { doorRows } from './door-rows';

/** The deciding statement, matched by the code's hash or by the registration id ($2); it logs the event too. */
const checkInStatement = (match: string) => `WITH done AS (
     UPDATE registrations SET checked_in_at = now(), checked_in_by = $3
      WHERE conference_id = $1 AND ${match} AND status = 'confirmed' AND anonymised_at IS NULL AND checked_in_at IS NULL
     RETURNING id)
   INSERT INTO registration_events (registration_id, kind, actor_id, details)
   SELECT id, 'checked-in', $3, jsonb_build_object('checkedIn', true, 'via', $4::text) FROM done RETURNING registration_id`;
const CHECK_IN = { code: checkInStatement('check_in_code_hash = $2'), registration: checkInStatement('id = $2::uuid') } as const;

/** How the person was found: their QR code's hash, or their registration id (the name search). */
type Key = { by: 'code'; hash: string } | { by: 'registration'; id: string };

/**
 * Check-in at the door. One statement decides it: the UPDATE changes the row only while the person is
 * confirmed and not yet checked in, and logs the event in the same statement. Two doors scanning one code
 * at once: the row lock makes the second UPDATE wait, re-check `checked_in_at IS NULL` and change
 * nothing, so that door answers `alreadyCheckedIn` with the first door's time and name.
 */
@Injectable()
export class CheckInsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly codes: CheckInCodes,
  ) {}

  async byCode(conferenceId: string, code: string, actorId: string): Promise<CheckInResponse> {
    const hash = this.codes.lookupHash(code);
    if (!hash) throw notFound('attendance.unknown-code');
    return this.checkIn(conferenceId, { by: 'code', hash }, actorId);
  }

  byRegistration(conferenceId: string, registrationId: string, actorId: string): Promise<CheckInResponse> {
    return this.checkIn(conferenceId, { by: 'registration', id: registrationId }, actorId);
  }

  /** Undoes a check-in (a wrong person ticked): `undone: false` when the person was not checked in. */
  async undo(conferenceId: string, registrationId: string, actorId: string): Promise<CheckInUndoneResponse> {
    await this.requireConference(conferenceId);
    const undone: unknown[] = await this.dataSource.query(
      `WITH undone AS (
         UPDATE registrations SET checked_in_at = NULL, checked_in_by = NULL
          WHERE conference_id = $1 AND id = $2 AND checked_in_at IS NOT NULL
         RETURNING id)
       INSERT INTO registration_events (registration_id, kind, actor_id, details)
       SELECT id, 'checked-in', $3, '{"checkedIn":false}'::jsonb FROM undone RETURNING registration_id`,
      [conferenceId, registrationId, actorId],
    );
    if (undone.length === 0 && !(await this.find(conferenceId, { by: 'registration', id: registrationId }))) {
      throw notFound('attendance.not-found');
    }
    return { registrationId, undone: undone.length > 0 };
  }

  private async checkIn(conferenceId: string, key: Key, actorId: string): Promise<CheckInResponse> {
    await this.requireConference(conferenceId);
    // A second round only when the row changed between the two statements (an undo, a promotion).
    for (let round = 0; ; round++) {
      const checkedIn = await this.tryCheckIn(conferenceId, key, actorId);
      const row = await this.find(conferenceId, key);
      if (!row) throw notFound(key.by === 'code' ? 'attendance.unknown-code' : 'attendance.not-found');
      const refusal = checkInRefusal(row);
      if (refusal) throw refused(refusal, { params: { status: row.status } });
      if (checkedIn || row.checkedInAt || round > 0) return toCheckInResponse(row, checkedIn);
    }
  }

  /** The deciding statement: true when this request checked the person in. */
  private async tryCheckIn(conferenceId: string, key: Key, actorId: string): Promise<boolean> {
    const done: unknown[] = await this.dataSource.query(CHECK_IN[key.by], [
      conferenceId,
      key.by === 'code' ? key.hash : key.id,
      actorId,
      key.by,
    ]);
    return done.length > 0;
  }

  private async find(conferenceId: string, key: Key): Promise<DoorRow | undefined> {
    const qb = doorRows(this.dataSource.manager, conferenceId);
    if (key.by === 'code') qb.andWhere('r.checkInCodeHash = :hash', { hash: key.hash });
    else qb.andWhere('r.id = :id', { id: key.id });
    return qb.getRawOne<DoorRow>();
  }

  private async requireConference(id: string): Promise<void> {
    if (!(await this.dataSource.getRepository(Conference).existsBy({ id }))) throw notFound('conferences.not-found');
  }
}
