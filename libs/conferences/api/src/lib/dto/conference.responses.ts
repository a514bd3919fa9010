import { Prop, TitledResponse } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/conferences/contract';
import { CONFERENCE_STATUSES } from '@samverkan/conferences/contract';
import { FOCUS_AREA_CODE_SCHEMA, type FocusAreaCode } from '@samverkan/strategy/contract';

export class ConferenceFocusArea implements C.ConferenceFocusArea {
  @Prop.string(FOCUS_AREA_CODE_SCHEMA)
  code!: FocusAreaCode;

  @Prop.string()
  titleSv!: string;

  @Prop.string()
  titleEn!: string;
}

export class ThemeResponse extends TitledResponse implements C.ThemeResponse {
  @Prop.array(() => ConferenceFocusArea)
  focusAreas!: ConferenceFocusArea[];

  @Prop.uuid({ nullable: true, description: 'Set when the theme came from an accepted proposal (see …/lineage).' })
  sourceProposalId!: string | null;
}

export class ConferenceResponse extends TitledResponse implements C.ConferenceResponse {
  @Prop.string({
    nullable: true,
    description: 'The readable address: /konferenser/<slug>. Follows the title while a draft, fixed once published.',
  })
  slug!: string | null;

  @Prop.enum(CONFERENCE_STATUSES)
  status!: C.ConferenceStatus;

  @Prop.uuid({ nullable: true })
  hostOrganisationId!: string | null;

  @Prop.string({ nullable: true })
  hostOrganisationName!: string | null;

  @Prop.string({ nullable: true })
  venue!: string | null;

  @Prop.string({ nullable: true })
  address!: string | null;

  @Prop.dateTime({ example: '2026-05-20T09:00:00+02:00' })
  startsAt!: string;

  @Prop.dateTime({ example: '2026-05-21T16:00:00+02:00' })
  endsAt!: string;

  @Prop.int()
  capacity!: number;

  @Prop.dateTime({ nullable: true })
  registrationOpensAt!: string | null;

  @Prop.dateTime({ nullable: true })
  registrationClosesAt!: string | null;

  @Prop.boolean({ description: 'Whether registration is open right now (published, inside the window).' })
  registrationOpen!: boolean;

  @Prop.int()
  confirmedCount!: number;

  @Prop.int()
  seatsLeft!: number;

  @Prop.array(() => ConferenceFocusArea)
  focusAreas!: ConferenceFocusArea[];

  @Prop.array(() => ThemeResponse)
  themes!: ThemeResponse[];

  @Prop.dateTime({ nullable: true })
  publishedAt!: string | null;
}
