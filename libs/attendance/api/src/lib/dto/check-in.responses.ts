import type * as C from '@samverkan/attendance/contract';
import { CHECK_IN_SEARCH_STATUSES } from '@samverkan/attendance/contract';
import { Prop } from '@samverkan/shared/api-http';
// A person as the conference day shows them: name and organisation.
import { DirectoryEntry } from './directory.responses';

export class CheckInResponse extends DirectoryEntry implements C.CheckInResponse {
  @Prop.uuid()
  registrationId!: string;

  @Prop.dateTime({ description: 'When the person was checked in, by this request or earlier.' })
  checkedInAt!: string;

  @Prop.boolean({ description: 'True when someone checked the person in before this request.' })
  alreadyCheckedIn!: boolean;

  @Prop.string({ nullable: true, description: 'The name of the staff member who checked the person in.' })
  checkedInBy!: string | null;

  @Prop.string({ nullable: true, description: 'Only with the person’s consent to the processing of their needs.' })
  dietaryNeeds!: string | null;

  @Prop.string({ nullable: true, description: 'Only with the person’s consent to the processing of their needs.' })
  accessibilityNeeds!: string | null;
}

export class CheckInUndoneResponse implements C.CheckInUndoneResponse {
  @Prop.uuid()
  registrationId!: string;

  @Prop.boolean({ description: 'False when the person was not checked in.' })
  undone!: boolean;
}

export class CheckInSearchHit extends DirectoryEntry implements C.CheckInSearchHit {
  @Prop.uuid()
  registrationId!: string;

  @Prop.enum(CHECK_IN_SEARCH_STATUSES)
  status!: C.CheckInSearchStatus;

  @Prop.dateTime({ nullable: true })
  checkedInAt!: string | null;
}

export class CheckInSearchResponse implements C.CheckInSearchResponse {
  @Prop.array(() => CheckInSearchHit)
  items!: CheckInSearchHit[];
}

export class CheckInSummaryResponse implements C.CheckInSummaryResponse {
  @Prop.int()
  checkedIn!: number;

  @Prop.int()
  confirmed!: number;
}
