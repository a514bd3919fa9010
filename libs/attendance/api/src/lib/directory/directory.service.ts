import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AttendeeDirectoryResponse, DirectoryEntry } from '@samverkan/attendance/contract';
import { forbidden, refused } from '@samverkan/shared/api-http';
import { registrationByToken } from '../registration-by-token';
import { groupByOrganisation } from '../print/attendee-groups';
import { directoryRefusal } from './directory-rules';

/**
 * The attendee directory participants see through their manage link: the other confirmed people of
 * the conference who chose to be shown (`show_on_attendee_list`), with name and organisation only.
 * Cancelled and anonymised registrations never appear (anonymisation also clears the consent).
 */
@Injectable()
export class DirectoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(token: string): Promise<AttendeeDirectoryResponse> {
    const manager = this.dataSource.manager;
    const me = await registrationByToken(manager, token);
    const refusal = directoryRefusal(me);
    if (refusal === 'attendance.directory-not-shown') throw forbidden(refusal);
    if (refusal) throw refused(refusal);
    const rows: { first_name: string; last_name: string; organisation_name: string; organisation_type: DirectoryEntry['organisationType'] }[] =
      await manager.query(
        `SELECT first_name, last_name, organisation_name, organisation_type FROM registrations
          WHERE conference_id = $1 AND id <> $2 AND status = 'confirmed' AND show_on_attendee_list
            AND anonymised_at IS NULL AND cancelled_at IS NULL`,
        [me.conference.id, me.id],
      );
    const people: DirectoryEntry[] = rows.map((r) => ({
      firstName: r.first_name,
      lastName: r.last_name,
      organisationName: r.organisation_name,
      organisationType: r.organisation_type,
    }));
    return {
      conferenceId: me.conference.id,
      conferenceTitleSv: me.conference.titleSv,
      conferenceTitleEn: me.conference.titleEn,
      items: groupByOrganisation(people).flatMap((g) => g.people),
    };
  }
}
