import { CONFERENCES_ENTITIES } from '@samverkan/conferences/api';
import { IDENTITY_ENTITIES } from '@samverkan/identity/api';
import { REGISTRATIONS_ENTITIES } from '@samverkan/registrations/api';
import { MAIL_ENTITIES } from '@samverkan/shared/api-mail';
import { STRATEGY_ENTITIES } from '@samverkan/strategy/api';

/** Every domain's entities, in the order data flows (conventions.md). */
export const ENTITIES = [...MAIL_ENTITIES, ...IDENTITY_ENTITIES, ...STRATEGY_ENTITIES, ...CONFERENCES_ENTITIES, ...REGISTRATIONS_ENTITIES];
