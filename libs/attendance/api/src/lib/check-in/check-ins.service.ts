import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CheckInResponse, CheckInUndoneResponse } from '@samverkan/attendance/contract';
import { Conference } from '@samverkan/conferences/api';
import { CheckInCodes, Registration } from '@samverkan/registrations/api';
import { notFound, refused } from '@samverkan/shared/api-http';
import { checkInRefusal, toCheckInResponse, type DoorRow } from './check-in-rules';
import { DOOR_COLUMNS } from './door-rows';

/**
 * The deciding statement, matched by the code's hash or by the registration id ($2): it checks the person in
 * while they are confirmed and not yet checked in, logs the event, and answers the door's row in one round
 * trip. The final SELECT reads the statement's snapshot, so what this request changed comes from `done`.
 */
const checkInStatement = (match: string) => `WITH done AS (
     UPDATE registrations r SET checked_in_at = now(), checked_in_by = $3
      WHERE r.conference_id = $1 AND ${match} AND r.status = 'confirmed' AND r.anonymised_at IS NULL AND r.checked_in_at IS NULL
     RETURNING r.id, r.checked_in_at, r.checked_in_by),
   logged AS (
     INSERT INTO registration_events (registration_id, kind, actor_id, details)
     SELECT id, 'checked-in', $3, jsonb_build_object('checkedIn', true, 'via', $4::text) FROM done)
   SELECT ${DOOR_COLUMNS.join(', ')}, COALESCE(d.checked_in_at, r.checked_in_at) AS "checkedInAt",
          u.name AS "checkedInByName", d.id IS NOT NULL AS "checkedIn"
     FROM registrations r
     LEFT JOIN done d ON d.id = r.id
     LEFT JOIN users u ON u.id = COALESCE(d.checked_in_by, r.checked_in_by)
    WHERE r.conference_id = $1 AND ${match}`;
const CHECK_IN = { code: checkInStatement('r.check_in_code_hash = $2'), registration: checkInStatement('r.id = $2::uuid') } as const;

/** How the person was found: their QR code's hash, or their registration id (the name search). */
type Key = { by: 'code'; hash: string } | { by: 'registration'; id: string };

/**
 * Check-in at the door. One statement decides it: the UPDATE changes the row only while the person is
 * confirmed and not yet checked in, and logs the event and reads the door's row in the same statement. Two doors scanning one code
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
    if (undone.length === 0 && !(await this.dataSource.getRepository(Registration).existsBy({ id: registrationId, conferenceId }))) {
      throw notFound('attendance.not-found');
    }
    return { registrationId, undone: undone.length > 0 };
  }

  private async checkIn(conferenceId: string, key: Key, actorId: string): Promise<CheckInResponse> {
    // A second round only when the row changed after the statement's snapshot: another door checked the
    // person in first (its UPDATE then skips the row, the snapshot still shows it open), an undo, a promotion.
    for (let round = 0; ; round++) {
      const [row] = (await this.dataSource.query(CHECK_IN[key.by], [
        conferenceId,
        key.by === 'code' ? key.hash : key.id,
        actorId,
        key.by,
      ])) as Array<DoorRow & { checkedIn: boolean }>;
      if (!row) {
        await this.requireConference(conferenceId);
        throw notFound(key.by === 'code' ? 'attendance.unknown-code' : 'attendance.not-found');
      }
      const refusal = checkInRefusal(row);
      if (refusal) throw refused(refusal, { params: { status: row.status } });
      if (row.checkedIn || row.checkedInAt || round > 0) return toCheckInResponse(row, row.checkedIn);
    }
  }

  private async requireConference(id: string): Promise<void> {
    if (!(await this.dataSource.getRepository(Conference).existsBy({ id }))) throw notFound('conferences.not-found');
  }
}
