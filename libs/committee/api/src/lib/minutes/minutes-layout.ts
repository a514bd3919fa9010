import type { MeetingItemKind } from '@samverkan/committee/contract';
import type { DecisionOutcome } from '@samverkan/proposals/contract';
import { pdfFileName } from '@samverkan/shared/api-pdf';
import { formatDate, formatDay, formatRange, formatTime } from '@samverkan/shared/util-dates';

export const ASSOCIATION_NAME = 'Svenska Industrikommuner';

/** What the minutes say, as read at justering. */
export interface MinutesSource {
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  videoLink: string | null;
  chairName: string;
  approverName: string | null;
  chairApprovedAt: Date | null;
  approverApprovedAt: Date | null;
  /** Called and recorded as present, and as absent (null attendance is neither). */
  present: readonly string[];
  absent: readonly string[];
  items: readonly MinutesSourceItem[];
}

export interface MinutesSourceItem {
  kind: MeetingItemKind;
  title: string;
  decisionText: string | null;
  outcome: DecisionOutcome | null;
  motivation: string | null;
  actionItems: readonly { title: string; ownerName: string; dueDate: string | null }[];
  previousMinutes: { title: string; startsAt: Date; lockedAt: Date } | null;
}

/** A line of text, with an optional bold label before it. */
export interface MinutesParagraph {
  label: string | null;
  text: string;
}

export interface MinutesSection {
  /** "§ 3" */
  number: string;
  title: string;
  paragraphs: MinutesParagraph[];
}

/** The minutes as the PDF sets them, top to bottom; every text in Swedish, every time in Stockholm. */
export interface MinutesLayout {
  documentTitle: string;
  association: string;
  heading: string;
  facts: MinutesParagraph[];
  sections: MinutesSection[];
  signatures: MinutesParagraph[];
  fileName: string;
}

const OUTCOMES: Record<DecisionOutcome, string> = {
  accept: 'Förslaget antas',
  reject: 'Förslaget avslås',
  return: 'Förslaget återremitteras till förslagsställaren',
};

/** A strategy-adoption item: the version is adopted, or stays in consultation. */
const STRATEGY_OUTCOMES: Record<DecisionOutcome, string> = {
  accept: 'Strategiversionen antas och ersätter den tidigare gällande strategin',
  reject: 'Strategiversionen antas inte och förblir på remiss',
  return: 'Strategiversionen återremitteras och förblir på remiss',
};

/** Runs of spaces and tabs become one space; line breaks stay (the minutes' texts are multi-line). */
function clean(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function when(at: Date): string {
  return `${formatDay(at)} kl. ${formatTime(at)}`;
}

function names(list: readonly string[]): string {
  return list.length ? list.map(clean).join(', ') : 'Närvaron är inte antecknad.';
}

function itemParagraphs(item: MinutesSourceItem): MinutesParagraph[] {
  const paragraphs: MinutesParagraph[] = [];
  if (item.kind === 'previous-minutes') {
    const previous = item.previousMinutes;
    paragraphs.push({
      label: null,
      text: previous
        ? `Protokollet från ${clean(previous.title)} den ${formatDay(previous.startsAt)}, justerat ${when(previous.lockedAt)}.`
        : 'Det finns inget tidigare justerat protokoll.',
    });
  }
  if (item.outcome)
    paragraphs.push({ label: 'Beslut', text: `${(item.kind === 'strategy-adoption' ? STRATEGY_OUTCOMES : OUTCOMES)[item.outcome]}.` });
  if (item.motivation) paragraphs.push({ label: 'Motivering', text: clean(item.motivation) });
  if (item.decisionText) paragraphs.push({ label: item.outcome ? 'Protokollsanteckning' : 'Beslut', text: clean(item.decisionText) });
  if (!item.outcome && !item.decisionText && item.kind !== 'previous-minutes')
    paragraphs.push({ label: null, text: 'Inget beslut antecknat.' });
  for (const action of item.actionItems) {
    const due = action.dueDate ? `, senast ${formatDay(`${action.dueDate}T12:00:00Z`)}` : '';
    paragraphs.push({ label: 'Åtgärd', text: `${clean(action.title)} (ansvarig: ${clean(action.ownerName)}${due})` });
  }
  return paragraphs;
}

function signature(role: string, name: string | null, at: Date | null): MinutesParagraph {
  if (!name) return { label: role, text: 'ingen vald' };
  return { label: role, text: `${clean(name)}, ${at ? `justerat ${when(at)}` : 'inte justerat'}` };
}

/** The download name of a meeting's minutes: `protokoll-<title>-<Stockholm date>.pdf`. */
export function minutesFileName(title: string, startsAt: Date): string {
  return pdfFileName('protokoll', title, startsAt, 'mote');
}

/** The minutes of a meeting, laid out: heading, facts, one section per agenda item (§ 1, § 2 …), signatures. */
export function minutesLayout(source: MinutesSource): MinutesLayout {
  const title = clean(source.title);
  const where = [source.place, source.videoLink]
    .filter((v): v is string => !!v)
    .map(clean)
    .join(' / ');
  const facts: MinutesParagraph[] = [
    {
      label: 'Tid',
      text: source.endsAt ? formatRange(source.startsAt, source.endsAt) : `${formatDate(source.startsAt)} ${formatTime(source.startsAt)}`,
    },
    ...(where ? [{ label: 'Plats', text: where }] : []),
    { label: 'Ordförande', text: clean(source.chairName) },
    { label: 'Justerare', text: source.approverName ? clean(source.approverName) : 'ingen vald' },
    { label: 'Närvarande', text: names(source.present) },
    ...(source.absent.length ? [{ label: 'Frånvarande', text: names(source.absent) }] : []),
  ];
  return {
    documentTitle: `Protokoll – ${title}`,
    association: ASSOCIATION_NAME,
    heading: `Protokoll – ${title}`,
    facts,
    sections: source.items.map((item, index) => ({ number: `§ ${index + 1}`, title: clean(item.title), paragraphs: itemParagraphs(item) })),
    signatures: [
      signature('Ordförande', source.chairName, source.chairApprovedAt),
      signature('Justerare', source.approverName, source.approverApprovedAt),
    ],
    fileName: minutesFileName(source.title, source.startsAt),
  };
}
