import type { EntityManager } from 'typeorm';
import { RegistrationEvent, type EventDetails, type RegistrationEventKind } from './registration.entity';

/** Adds an entry to a registration's history (registration_events), in the caller's transaction. */
export async function logRegistrationEvent(
  manager: EntityManager,
  registrationId: string,
  kind: RegistrationEventKind,
  extra: { actorId?: string | null; reason?: string; details?: EventDetails } = {},
): Promise<void> {
  await manager.getRepository(RegistrationEvent).insert({
    registrationId,
    kind,
    actorId: extra.actorId ?? null,
    reason: extra.reason ?? null,
    details: extra.details ?? {},
  });
}

/** Replaces personal data with placeholders; status, organisation type and dates stay for statistics. */
export async function anonymise(manager: EntityManager, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await manager.query(
    `UPDATE registrations SET first_name = '–', last_name = '–', email = 'anonymiserad+' || id || '@invalid',
            organisation_name = '–', organisation_id = NULL, title = NULL, dietary_needs = NULL, accessibility_needs = NULL,
            health_data_consent_at = NULL, show_on_attendee_list = false, anonymised_at = now(),
            manage_token_hash = md5(random()::text || id::text), calendar_token_hash = md5(random()::text || id::text)
      WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  await manager.query(`DELETE FROM registration_answers WHERE registration_id = ANY($1::uuid[])`, [ids]);
  await manager.query(`DELETE FROM outbox_messages WHERE subject_ref = ANY($1::text[])`, [ids.map((id) => `registration:${id}`)]);
}

/** The contact people of groups whose conference ended `retentionDays` before `now`: name and address gone, link dead. */
export async function anonymiseGroups(manager: EntityManager, now: Date, retentionDays: number): Promise<void> {
  const rows: { id: string }[] = await manager.query(
    `UPDATE registration_groups g SET contact_first_name = '–', contact_last_name = '–', contact_email = 'anonymiserad+' || g.id || '@invalid',
            token_hash = md5(random()::text || g.id::text), anonymised_at = now()
       FROM conferences c
      WHERE c.id = g.conference_id AND g.anonymised_at IS NULL AND c.ends_at < $1::timestamptz - make_interval(days => $2)
      RETURNING g.id`,
    [now, retentionDays],
  );
  if (rows.length) {
    await manager.query(`DELETE FROM outbox_messages WHERE subject_ref = ANY($1::text[])`, [rows.map((r) => `registration-group:${r.id}`)]);
  }
}
