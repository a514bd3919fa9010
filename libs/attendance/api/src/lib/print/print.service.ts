import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Conference } from '@samverkan/conferences/api';
import { CheckInCodes } from '@samverkan/registrations/api';
import { notFound } from '@samverkan/shared/api-http';
import { byName } from './attendee-groups';
import { attendeeListPdf } from './attendee-list-pdf';
import { badgesPdf } from './badges-pdf';
import { conferenceDays } from './conference-days';
import { attachment } from './attachment';

export interface PdfFile {
  contentDisposition: string;
  body: Buffer;
}

interface ConfirmedRow {
  id: string;
  first_name: string;
  last_name: string;
  organisation_name: string;
}

/** The staff's printouts of a conference: name badges and the attendee list to sign, both PDF. */
@Injectable()
export class PrintService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly checkInCodes: CheckInCodes,
  ) {}

  /** One badge per confirmed participant, by last name, each with the QR code of their check-in code. */
  async badges(conferenceId: string): Promise<PdfFile> {
    const conference = await this.conference(conferenceId);
    const people = await this.confirmed(conferenceId);
    const codes = await this.checkInCodes.codes(
      this.dataSource.manager,
      people.map((p) => p.id),
    );
    const body = await badgesPdf(
      conference.titleSv,
      people.map((p) => ({
        firstName: p.firstName,
        lastName: p.lastName,
        organisationName: p.organisationName,
        checkInCode: codes.get(p.id) as string,
      })),
    );
    return { contentDisposition: attachment('namnbrickor', conference.titleSv, conference.startsAt), body };
  }

  /** The confirmed participants by organisation, with a box to tick and a line to sign. */
  async attendeeList(conferenceId: string): Promise<PdfFile> {
    const conference = await this.conference(conferenceId);
    const people = await this.confirmed(conferenceId);
    const body = await attendeeListPdf({
      conferenceTitle: conference.titleSv,
      days: conferenceDays(conference.startsAt, conference.endsAt, 'sv'),
      venue: conference.venue,
      people,
    });
    return { contentDisposition: attachment('deltagarlista', conference.titleSv, conference.startsAt), body };
  }

  private async conference(id: string): Promise<Conference> {
    const conference = await this.dataSource.getRepository(Conference).findOneBy({ id });
    if (!conference) throw notFound('conferences.not-found');
    return conference;
  }

  /** Confirmed, not anonymised (a cancelled registration's status is `cancelled`), sorted by name. */
  private async confirmed(conferenceId: string) {
    const rows: ConfirmedRow[] = await this.dataSource.query(
      `SELECT id, first_name, last_name, organisation_name FROM registrations
        WHERE conference_id = $1 AND status = 'confirmed' AND anonymised_at IS NULL AND cancelled_at IS NULL`,
      [conferenceId],
    );
    return rows
      .map((r) => ({ id: r.id, firstName: r.first_name, lastName: r.last_name, organisationName: r.organisation_name }))
      .sort(byName);
  }
}
