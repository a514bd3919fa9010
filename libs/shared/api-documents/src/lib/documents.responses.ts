import type * as C from '@samverkan/shared/contract';
import { Prop } from '@samverkan/shared/api-http';

export class DocumentUploaded implements C.DocumentUploadedResponse {
  @Prop.uuid() id!: string;
  @Prop.string({ description: 'The cleaned file name it is stored and offered under.' }) fileName!: string;
  @Prop.string({ description: 'The type read from the first bytes, e.g. `application/pdf`.' }) contentType!: string;
  @Prop.int({ description: 'Bytes.' }) size!: number;
}

export class DocumentSummary implements C.DocumentSummary {
  @Prop.uuid() id!: string;
  @Prop.string() fileName!: string;
  @Prop.string() contentType!: string;
  @Prop.int({ description: 'Bytes.' }) size!: number;
  @Prop.dateTime() createdAt!: string;
}
