import type { EntityManager } from 'typeorm';
import { Conference } from '@samverkan/conferences/api';
import { Organisation } from '@samverkan/identity/api';
import type { OrganisationType } from '@samverkan/identity/contract';
import { feeAmountSql, memberSql } from './fees/fee-sql';
import type { AppliedFee } from './fees/registration-fees';
import type { StoredQuestion } from './questions/question-rules';

/** What a registration (one person, or a group's members) reads before its seats are taken. */
export interface RegistrationReads {
  /** Null when there is no such conference. */
  conference: Conference | null;
  /** Those of the addresses registered there already (not cancelled). */
  taken: string[];
  /** The organisation named by id exists (true when none is named). */
  organisationKnown: boolean;
  /** The conference's own questions, archived ones too, in the form's order (as RegistrationAnswers.questions). */
  questions: StoredQuestion[];
  /** The fee for the organisation (fee-sql.ts, as RegistrationFees.feeFor). */
  fee: AppliedFee;
}

/**
 * Everything a registration checks before its seats, read without locks in ONE statement (one round trip
 * instead of five): the conference, which of the (normalised) addresses are registered there, whether
 * the organisation exists, the conference's questions and the fee that applies. The caller decides in
 * the order it always has (organisation, duplicate, conference, answers, fee).
 */
export async function readForRegistration(
  manager: EntityManager,
  conferenceId: string,
  r: { emails: string[]; organisationId: string | null; organisationType: OrganisationType },
): Promise<RegistrationReads> {
  const organisationId = 'CAST(:organisationId AS uuid)';
  const { entities, raw } = await manager
    .getRepository(Conference)
    .createQueryBuilder('c')
    .addSelect(
      `ARRAY(SELECT r.email FROM registrations r WHERE r.conference_id = c.id AND r.email = ANY(CAST(:emails AS text[])) AND r.status <> 'cancelled')`,
      'taken',
    )
    .addSelect(`(${organisationId} IS NULL OR EXISTS (SELECT 1 FROM organisations o WHERE o.id = ${organisationId}))`, 'organisation_known')
    .addSelect(
      `coalesce((SELECT json_agg(json_build_object('id', q.id, 'kind', q.kind, 'labelSv', q.label_sv, 'labelEn', q.label_en, 'required', q.required,
                                                  'position', q.position, 'archived', q.archived_at IS NOT NULL, 'options', q.options) ORDER BY q.position)
                   FROM conference_questions q WHERE q.conference_id = c.id), '[]'::json)`,
      'questions',
    )
    .addSelect(memberSql(organisationId), 'fee_member')
    .addSelect(feeAmountSql('c.id', ':organisationType', organisationId), 'fee_amount')
    .where('c.id = :conferenceId', { conferenceId })
    .setParameters({ emails: r.emails, organisationId: r.organisationId, organisationType: r.organisationType })
    .getRawAndEntities<{
      taken: string[];
      organisation_known: boolean;
      questions: StoredQuestion[];
      fee_member: boolean;
      fee_amount: number;
    }>();
  const row = raw[0];
  if (!row) {
    // No conference (404), unless the organisation is unknown too: that answer has always come first.
    const organisationKnown = r.organisationId === null || (await manager.getRepository(Organisation).existsBy({ id: r.organisationId }));
    return { conference: null, taken: [], organisationKnown, questions: [], fee: { member: false, amountOre: 0 } };
  }
  return {
    conference: entities[0],
    taken: row.taken,
    organisationKnown: row.organisation_known,
    questions: row.questions,
    fee: { member: row.fee_member, amountOre: Number(row.fee_amount) },
  };
}
