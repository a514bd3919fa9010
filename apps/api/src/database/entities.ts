import { CONFERENCES_ENTITIES } from '@samverkan/conferences/api';
import { IDENTITY_ENTITIES } from '@samverkan/identity/api';
import { REGISTRATIONS_ENTITIES } from '@samverkan/registrations/api';
import { MAIL_ENTITIES } from '@samverkan/shared/api-mail';
import { STRATEGY_ENTITIES } from '@samverkan/strategy/api';
import { PROPOSALS_ENTITIES } from '@samverkan/proposals/api';
import { COMMITTEE_ENTITIES } from '@samverkan/committee/api';
import { AUDIT_ENTITIES } from '@samverkan/shared/api-audit';
import { DOCUMENTS_ENTITIES } from '@samverkan/shared/api-documents';
import { AGENDA_ENTITIES } from '@samverkan/agenda/api';
import { COVERAGE_ENTITIES } from '@samverkan/coverage/api';
import { CALENDAR_ENTITIES } from '@samverkan/calendar/api';
import { EVALUATION_ENTITIES } from '@samverkan/evaluation/api';
import { MESSAGING_ENTITIES } from '@samverkan/messaging/api';
import { RateLimitCounter } from '../platform/rate-limit-counter.entity';

/** Every domain's entities, in the order data flows (docs/conventions.md). */
export const ENTITIES = [
  ...MAIL_ENTITIES,
  ...AUDIT_ENTITIES,
  ...DOCUMENTS_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...STRATEGY_ENTITIES,
  ...CONFERENCES_ENTITIES,
  ...PROPOSALS_ENTITIES,
  ...COMMITTEE_ENTITIES,
  ...AGENDA_ENTITIES,
  ...REGISTRATIONS_ENTITIES,
  ...CALENDAR_ENTITIES,
  ...EVALUATION_ENTITIES,
  ...MESSAGING_ENTITIES,
  ...COVERAGE_ENTITIES,
  // The platform's own: the rate-limit counters every process shares.
  RateLimitCounter,
];
