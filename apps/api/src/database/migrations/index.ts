import type { MigrationInterface } from 'typeorm';
import { Foundation1795739852668 } from './1795739852668-Foundation';
import { ConferencesAndRegistrations1795740774598 } from './1795740774598-ConferencesAndRegistrations';
import { ProposalsAndCommittee1795742300039 } from './1795742300039-ProposalsAndCommittee';
import { Agenda1795742937397 } from './1795742937397-Agenda';
import { SessionSignups1795743223449 } from './1795743223449-SessionSignups';
import { CalendarTokens1795750000000 } from './1795750000000-CalendarTokens';
import { FocusAreaCoverage1795760000000 } from './1795760000000-FocusAreaCoverage';
import { PasswordResets1795770000000 } from './1795770000000-PasswordResets';
import { SessionWithdrawals1795780000000 } from './1795780000000-SessionWithdrawals';
import { HashedLinkTokens1795790000000 } from './1795790000000-HashedLinkTokens';
import { RecipientMailCounts1795800000000 } from './1795800000000-RecipientMailCounts';
import { HealthDataConsent1795830000000 } from './1795830000000-HealthDataConsent';
import { CheckInCodes1795840000000 } from './1795840000000-CheckInCodes';
import { Messaging1795870000000 } from './1795870000000-Messaging';
import { Evaluation1795880000000 } from './1795880000000-Evaluation';
import { RegistrationQuestions1795890000000 } from './1795890000000-RegistrationQuestions';
import { Fees1795900000000 } from './1795900000000-Fees';
import { RegistrationGroups1795910000000 } from './1795910000000-RegistrationGroups';
import { Documents1795920000000 } from './1795920000000-Documents';
import { MinutesPdf1795930000000 } from './1795930000000-MinutesPdf';
import { OpenCalls1795940000000 } from './1795940000000-OpenCalls';
import { Speakers1795950000000 } from './1795950000000-Speakers';
import { ConferenceSlugs1795960000000 } from './1795960000000-ConferenceSlugs';
import { StrategyVersions1795970000000 } from './1795970000000-StrategyVersions';
import { StrategyCitations1796000000000 } from './1796000000000-StrategyCitations';
import { StrategyConsultation1796010000000 } from './1796010000000-StrategyConsultation';
import { RateLimitCounters1796020000000 } from './1796020000000-RateLimitCounters';
import { ConfirmedParticipantsIndex1796040000000 } from './1796040000000-ConfirmedParticipantsIndex';
import { SeatRows1796050000000 } from './1796050000000-SeatRows';
import { UnloggedRateLimitCounters1796060000000 } from './1796060000000-UnloggedRateLimitCounters';
import { SessionSeats1796070000000 } from './1796070000000-SessionSeats';
// One migration stream for the whole API, oldest first. New files come from
// `npm run migration:generate -- <Name>` and are added here.
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  Foundation1795739852668,
  ConferencesAndRegistrations1795740774598,
  ProposalsAndCommittee1795742300039,
  Agenda1795742937397,
  SessionSignups1795743223449,
  CalendarTokens1795750000000,
  FocusAreaCoverage1795760000000,
  PasswordResets1795770000000,
  SessionWithdrawals1795780000000,
  HashedLinkTokens1795790000000,
  RecipientMailCounts1795800000000,
  HealthDataConsent1795830000000,
  CheckInCodes1795840000000,
  Messaging1795870000000,
  Evaluation1795880000000,
  RegistrationQuestions1795890000000,
  Fees1795900000000,
  RegistrationGroups1795910000000,
  Documents1795920000000,
  MinutesPdf1795930000000,
  OpenCalls1795940000000,
  Speakers1795950000000,
  ConferenceSlugs1795960000000,
  StrategyVersions1795970000000,
  StrategyCitations1796000000000,
  StrategyConsultation1796010000000,
  RateLimitCounters1796020000000,
  ConfirmedParticipantsIndex1796040000000,
  SeatRows1796050000000,
  UnloggedRateLimitCounters1796060000000,
  SessionSeats1796070000000,
];
