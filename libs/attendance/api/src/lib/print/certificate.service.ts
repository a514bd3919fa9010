import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { refused } from '@samverkan/shared/api-http';
import { registrationByToken } from '../registration-by-token';
import { certificatePdf } from './certificate-pdf';
import { certificateText } from './certificate-text';
import { attachment } from './attachment';
import type { PdfFile } from './print.service';

interface SessionRow {
  title_sv: string;
  title_en: string | null;
  starts_at: Date | null;
  ends_at: Date | null;
}

/** The certificate of attendance (intyg), through the manage link, once the person has been checked in. */
@Injectable()
export class CertificateService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async certificate(token: string): Promise<PdfFile> {
    const manager = this.dataSource.manager;
    const r = await registrationByToken(manager, token);
    if (r.status === 'cancelled') throw refused('attendance.certificate-cancelled');
    if (r.status !== 'confirmed') throw refused('attendance.certificate-not-confirmed');
    if (!r.checkedInAt) throw refused('attendance.certificate-not-checked-in');
    // The person's sign-ups among the items of the latest published programme, as published.
    const sessions: SessionRow[] = await manager.query(
      `SELECT it->>'titleSv' AS title_sv, it->>'titleEn' AS title_en,
              (it->>'startsAt')::timestamptz AS starts_at, (it->>'endsAt')::timestamptz AS ends_at
         FROM session_signups s
         JOIN agenda_versions v ON v.conference_id = $2
              AND v.number = (SELECT max(number) FROM agenda_versions WHERE conference_id = $2)
         CROSS JOIN LATERAL jsonb_array_elements(v.snapshot->'items') it
        WHERE s.registration_id = $1 AND it->>'id' = s.agenda_item_id::text
        ORDER BY 3 NULLS LAST, 1`,
      [r.id, r.conference.id],
    );
    const text = certificateText({
      language: r.language,
      firstName: r.firstName,
      lastName: r.lastName,
      organisationName: r.organisationName,
      conference: r.conference,
      sessions: sessions.map((s) => ({ titleSv: s.title_sv, titleEn: s.title_en, startsAt: s.starts_at, endsAt: s.ends_at })),
      checkedInAt: r.checkedInAt,
      issuedAt: new Date(),
    });
    const en = r.language === 'en';
    const title = en ? (r.conference.titleEn ?? r.conference.titleSv) : r.conference.titleSv;
    return {
      contentDisposition: attachment(en ? 'certificate' : 'intyg', title, r.conference.startsAt),
      body: await certificatePdf(text, r.language),
    };
  }
}
