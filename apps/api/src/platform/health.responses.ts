import { Prop } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/shared/contract';

/** The OpenAPI schema of GET /api/health. */
export class HealthResponseSchema implements C.HealthResponse {
  @Prop.enum(['ok', 'error'])
  status!: 'ok' | 'error';

  @Prop.enum(['up', 'down'])
  database!: 'up' | 'down';
}
