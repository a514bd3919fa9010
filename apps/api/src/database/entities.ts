import { IDENTITY_ENTITIES } from '@samverkan/identity/api';
import { STRATEGY_ENTITIES } from '@samverkan/strategy/api';

/** Every domain's entities, in the order data flows (conventions.md). */
export const ENTITIES = [...IDENTITY_ENTITIES, ...STRATEGY_ENTITIES];
