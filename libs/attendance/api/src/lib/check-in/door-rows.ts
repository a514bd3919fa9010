import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { User } from '@samverkan/identity/api';
import { Registration } from '@samverkan/registrations/api';

/** What the door shows of a registration `r` (`DoorRow` but when and by whom it was checked in). */
export const DOOR_COLUMNS = [
  'r.id AS id',
  'r.status AS status',
  'r.first_name AS "firstName"',
  'r.last_name AS "lastName"',
  'r.organisation_name AS "organisationName"',
  'r.organisation_type AS "organisationType"',
  'r.dietary_needs AS "dietaryNeeds"',
  'r.accessibility_needs AS "accessibilityNeeds"',
  'r.health_data_consent_at AS "healthDataConsentAt"',
  'r.anonymised_at AS "anonymisedAt"',
] as const;

/** The registrations of a conference with what the door shows (`DoorRow`), the checker's name joined. */
export function doorRows(manager: EntityManager, conferenceId: string): SelectQueryBuilder<Registration> {
  return manager
    .getRepository(Registration)
    .createQueryBuilder('r')
    .leftJoin(User, 'u', 'u.id = r.checkedInBy')
    .select([...DOOR_COLUMNS, 'r.checked_in_at AS "checkedInAt"', 'u.name AS "checkedInByName"'])
    .where('r.conferenceId = :conferenceId', { conferenceId });
}
