import { Prop } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/evaluation/contract';
import { EVALUATION_STATES } from '@samverkan/evaluation/contract';
import { FOCUS_AREA_CODE_SCHEMA, type FocusAreaCode } from '@samverkan/strategy/contract';

export class EvaluationConference implements C.EvaluationConference {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  titleSv!: string;

  @Prop.string({ nullable: true })
  titleEn!: string | null;

  @Prop.dateTime()
  startsAt!: string;

  @Prop.dateTime()
  endsAt!: string;
}

export class EvaluationSession implements C.EvaluationSession {
  @Prop.uuid()
  agendaItemId!: string;

  @Prop.string()
  titleSv!: string;

  @Prop.string({ nullable: true })
  titleEn!: string | null;

  @Prop.dateTime({ nullable: true })
  startsAt!: string | null;

  @Prop.dateTime({ nullable: true })
  endsAt!: string | null;
}

export class EvaluationFocusArea implements C.EvaluationFocusArea {
  @Prop.string(FOCUS_AREA_CODE_SCHEMA)
  code!: FocusAreaCode;

  @Prop.string()
  titleSv!: string;

  @Prop.string()
  titleEn!: string;
}

export class EvaluationAnswer implements C.EvaluationAnswer {
  @Prop.int()
  overall!: number;

  @Prop.map({ type: 'integer' }, { description: 'agendaItemId → 1–5.' })
  sessions!: Record<string, number>;

  @Prop.string({ nullable: true })
  keep!: string | null;

  @Prop.string({ nullable: true })
  change!: string | null;

  @Prop.strings(FOCUS_AREA_CODE_SCHEMA)
  focusAreaCodes!: FocusAreaCode[];

  @Prop.dateTime()
  updatedAt!: string;
}

export class EvaluationForm implements C.EvaluationForm {
  @Prop.enum(EVALUATION_STATES)
  state!: C.EvaluationState;

  @Prop.object(() => EvaluationConference)
  conference!: EvaluationConference;

  @Prop.dateTime()
  closesAt!: string;

  @Prop.array(() => EvaluationSession)
  sessions!: EvaluationSession[];

  @Prop.array(() => EvaluationFocusArea)
  focusAreas!: EvaluationFocusArea[];

  @Prop.object(() => EvaluationAnswer, { nullable: true })
  answer!: EvaluationAnswer | null;
}

export class ScoreCount implements C.ScoreCount {
  @Prop.int()
  score!: number;

  @Prop.int()
  count!: number;
}

export class OverallResult implements C.OverallResult {
  @Prop.number({ nullable: true })
  mean!: number | null;

  @Prop.array(() => ScoreCount)
  distribution!: ScoreCount[];
}

export class SessionResult implements C.SessionResult {
  @Prop.uuid()
  agendaItemId!: string;

  @Prop.string()
  titleSv!: string;

  @Prop.string({ nullable: true })
  titleEn!: string | null;

  @Prop.dateTime({ nullable: true })
  startsAt!: string | null;

  @Prop.int()
  count!: number;

  @Prop.number({ nullable: true })
  mean!: number | null;
}

export class FocusAreaWish implements C.FocusAreaWish {
  @Prop.string(FOCUS_AREA_CODE_SCHEMA)
  code!: FocusAreaCode;

  @Prop.string()
  titleSv!: string;

  @Prop.string()
  titleEn!: string;

  @Prop.int()
  count!: number;
}

export class EvaluationResults implements C.EvaluationResults {
  @Prop.object(() => EvaluationConference)
  conference!: EvaluationConference;

  @Prop.enum(['not-ended', 'open', 'closed', 'cancelled'])
  state!: C.EvaluationResults['state'];

  @Prop.dateTime()
  closesAt!: string;

  @Prop.dateTime({ nullable: true })
  invitedAt!: string | null;

  @Prop.int({ description: 'Confirmed participants (those invited).' })
  invited!: number;

  @Prop.int()
  answers!: number;

  @Prop.object(() => OverallResult)
  overall!: OverallResult;

  @Prop.array(() => SessionResult)
  sessions!: SessionResult[];

  @Prop.strings({ description: 'Sorted alphabetically; no names.' })
  keep!: string[];

  @Prop.strings({ description: 'Sorted alphabetically; no names.' })
  change!: string[];

  @Prop.array(() => FocusAreaWish)
  focusAreaWishes!: FocusAreaWish[];
}

export class EvaluationSettings implements C.EvaluationSettings {
  @Prop.dateTime()
  closesAt!: string;

  @Prop.dateTime()
  defaultClosesAt!: string;

  @Prop.dateTime({ nullable: true })
  invitedAt!: string | null;
}

export class EvaluationInvitationsResult implements C.EvaluationInvitationsResult {
  @Prop.dateTime()
  invitedAt!: string;

  @Prop.int()
  recipients!: number;

  @Prop.boolean()
  alreadySent!: boolean;
}
