import { Prop } from '@samverkan/shared/api-http';
import type * as S from '@samverkan/strategy/contract';
import { EVIDENCE_KINDS } from '@samverkan/strategy/contract';
import { ParticipantCounts } from '../dto/coverage.responses';

export class EvidenceEntry implements S.EvidenceEntry {
  @Prop.enum(EVIDENCE_KINDS)
  kind!: S.EvidenceKind;

  @Prop.uuid()
  id!: string;

  @Prop.string()
  label!: string;

  @Prop.uuid()
  conferenceId!: string;

  @Prop.string()
  conferenceTitle!: string;

  @Prop.date()
  startsOn!: string;

  @Prop.int({ nullable: true })
  minutes!: number | null;

  @Prop.int({ nullable: true })
  count!: number | null;

  @Prop.object(() => ParticipantCounts, { nullable: true, description: 'Participants per organisation type (kind participants only).' })
  byType!: ParticipantCounts | null;
}

export class EvidenceConference implements S.EvidenceConference {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  title!: string;

  @Prop.date()
  startsOn!: string;
}

export class EvidencePage implements S.EvidencePage {
  @Prop.int()
  offset!: number;

  @Prop.int()
  limit!: number;

  @Prop.int({ description: 'Conferences in the window with evidence of the area.' })
  conferences!: number;

  @Prop.int({ description: 'Their entries, participants not counted.' })
  entries!: number;

  @Prop.int({ nullable: true, description: 'The offset of the next page; null on the last.' })
  nextOffset!: number | null;
}

export class StrategyEvidenceResponse implements S.StrategyEvidenceResponse {
  @Prop.uuid()
  strategyId!: string;

  @Prop.string()
  focusArea!: string;

  @Prop.strings()
  codes!: string[];

  @Prop.dateTime({ nullable: true })
  since!: string | null;

  @Prop.int({ nullable: true })
  fromYear!: number | null;

  @Prop.int({ nullable: true })
  toYear!: number | null;

  @Prop.array(() => EvidenceConference)
  conferences!: EvidenceConference[];

  @Prop.array(() => EvidenceEntry)
  entries!: EvidenceEntry[];

  @Prop.object(() => EvidencePage)
  page!: EvidencePage;
}

export class EvidenceSuggestion implements S.EvidenceSuggestion {
  @Prop.string()
  focusArea!: string;

  @Prop.int()
  conferences!: number;
}

export class StrategySuggestionsResponse implements S.StrategySuggestionsResponse {
  @Prop.uuid()
  strategyId!: string;

  @Prop.int()
  minConferences!: number;

  @Prop.array(() => EvidenceSuggestion)
  suggestions!: EvidenceSuggestion[];
}

export class CitationResponse implements S.CitationResponse {
  @Prop.uuid()
  id!: string;

  @Prop.uuid()
  positionId!: string;

  @Prop.enum(EVIDENCE_KINDS)
  kind!: S.EvidenceKind;

  @Prop.uuid()
  refId!: string;

  @Prop.int()
  number!: number;

  @Prop.string({ nullable: true })
  label!: string | null;

  @Prop.string({ nullable: true })
  conferenceTitle!: string | null;

  @Prop.boolean()
  removed!: boolean;
}

export class PositionCitationsResponse implements S.PositionCitationsResponse {
  @Prop.uuid()
  positionId!: string;

  @Prop.string()
  focusAreaCode!: string;

  @Prop.boolean({ description: 'False: not supported by conference work (no citation).' })
  supported!: boolean;

  @Prop.array(() => CitationResponse)
  citations!: CitationResponse[];
}

export class StrategyCitationsResponse implements S.StrategyCitationsResponse {
  @Prop.uuid()
  strategyId!: string;

  @Prop.array(() => PositionCitationsResponse)
  positions!: PositionCitationsResponse[];
}
