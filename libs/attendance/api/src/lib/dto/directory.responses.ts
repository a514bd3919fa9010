import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';
import type * as C from '@samverkan/attendance/contract';
import { Prop } from '@samverkan/shared/api-http';

export class DirectoryEntry implements C.DirectoryEntry {
  @Prop.string()
  firstName!: string;

  @Prop.string()
  lastName!: string;

  @Prop.string()
  organisationName!: string;

  @Prop.enum(ORGANISATION_TYPES)
  organisationType!: OrganisationType;
}

export class AttendeeDirectoryResponse implements C.AttendeeDirectoryResponse {
  @Prop.uuid()
  conferenceId!: string;

  @Prop.string()
  conferenceTitleSv!: string;

  @Prop.string({ nullable: true })
  conferenceTitleEn!: string | null;

  @Prop.array(() => DirectoryEntry, {
    description: 'The other confirmed participants shown on the attendee list, by organisation and name.',
  })
  items!: DirectoryEntry[];
}
