import { Prop } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/strategy/contract';
import { STRATEGY_STATES } from '@samverkan/strategy/contract';

const CHANGE_KINDS = ['same', 'changed', 'added', 'removed'] as const;

export class StrategyVersionSummary implements C.StrategyVersionSummary {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  title!: string;

  @Prop.enum(STRATEGY_STATES)
  state!: C.StrategyState;

  @Prop.dateTime({ nullable: true, description: 'Null before adoption, and for old versions whose date is not recorded.' })
  adoptedAt!: string | null;
}

export class StrategyPositionResponse implements C.StrategyPositionResponse {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  text!: string;
}

export class StrategyFocusAreaResponse implements C.StrategyFocusAreaResponse {
  @Prop.string()
  code!: string;

  @Prop.string()
  titleSv!: string;

  @Prop.string()
  titleEn!: string;

  @Prop.string()
  text!: string;

  @Prop.array(() => StrategyPositionResponse)
  positions!: StrategyPositionResponse[];
}

export class FocusAreaMappingEntry implements C.FocusAreaMappingEntry {
  @Prop.string()
  from!: string;

  @Prop.strings({ description: 'Codes of this version; empty when the area was retired.' })
  to!: string[];
}

export class StrategyVersionResponse extends StrategyVersionSummary implements C.StrategyVersionResponse {
  @Prop.string()
  version!: string;

  @Prop.string()
  preamble!: string;

  @Prop.string()
  vision!: string;

  @Prop.boolean({ description: 'False for an old version whose text is not recorded.' })
  hasText!: boolean;

  @Prop.uuid({ nullable: true })
  basedOnId!: string | null;

  @Prop.uuid({ nullable: true })
  adoptedMeetingId!: string | null;

  @Prop.uuid({ nullable: true })
  adoptedDecisionId!: string | null;

  @Prop.array(() => StrategyFocusAreaResponse)
  focusAreas!: StrategyFocusAreaResponse[];

  @Prop.array(() => FocusAreaMappingEntry)
  mapping!: FocusAreaMappingEntry[];
}

export class WordChange implements C.WordChange {
  @Prop.enum(['same', 'added', 'removed'])
  kind!: C.WordChange['kind'];

  @Prop.string()
  text!: string;
}

export class PositionDiff implements C.PositionDiff {
  @Prop.enum(CHANGE_KINDS)
  kind!: C.PositionDiff['kind'];

  @Prop.array(() => WordChange)
  words!: WordChange[];
}

export class FocusAreaDiff implements C.FocusAreaDiff {
  @Prop.string()
  code!: string;

  @Prop.enum(CHANGE_KINDS)
  kind!: C.FocusAreaDiff['kind'];

  @Prop.array(() => WordChange)
  title!: WordChange[];

  @Prop.array(() => WordChange)
  text!: WordChange[];

  @Prop.array(() => PositionDiff)
  positions!: PositionDiff[];
}

export class StrategyDiffResponse implements C.StrategyDiffResponse {
  @Prop.uuid()
  baseId!: string;

  @Prop.uuid()
  otherId!: string;

  @Prop.array(() => WordChange)
  title!: WordChange[];

  @Prop.array(() => WordChange)
  preamble!: WordChange[];

  @Prop.array(() => WordChange)
  vision!: WordChange[];

  @Prop.array(() => FocusAreaDiff)
  focusAreas!: FocusAreaDiff[];
}
