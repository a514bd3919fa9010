import { Prop } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/conferences/contract';

export class ConferenceCopyResponse implements C.ConferenceCopyResponse {
  @Prop.uuid({ description: 'The new draft.' })
  id!: string;

  @Prop.enum(['draft'])
  status!: 'draft';
}
