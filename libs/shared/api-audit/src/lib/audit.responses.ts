import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Prop } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/shared/contract';

const AUDIT_VALUE = {
  type: 'object',
  nullable: true,
  description: 'Field → value (text, number, boolean, null or a list of text).',
  additionalProperties: {
    nullable: true,
    oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }],
  },
};

/** The OpenAPI schema of an audit entry (`C.AuditEntryResponse`). */
export class AuditEntrySchema implements C.AuditEntryResponse {
  @Prop.string()
  action!: string;

  @Prop.uuid({ nullable: true })
  actorId!: string | null;

  @Prop.string({ nullable: true })
  actorName!: string | null;

  @ApiProperty(AUDIT_VALUE as ApiPropertyOptions)
  before!: C.AuditValue | null;

  @ApiProperty(AUDIT_VALUE as ApiPropertyOptions)
  after!: C.AuditValue | null;

  @Prop.dateTime()
  at!: string;
}
