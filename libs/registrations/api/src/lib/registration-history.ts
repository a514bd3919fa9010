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
