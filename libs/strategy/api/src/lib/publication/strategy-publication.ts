import {
  EVIDENCE_KIND_LABELS,
  paragraphsOf,
  publishedFootnotes,
  type AppendixEntry,
  type EvidenceKind,
  type StrategyCitationsResponse,
  type StrategyVersionResponse,
} from '@samverkan/strategy/contract';
import { stockholmDate } from '@samverkan/shared/util-dates';

export type PublicationLanguage = 'sv' | 'en';

/** The adopted strategy as it is published: headings in the reader's language, the text as adopted (Swedish). */
export interface StrategyPublication {
  language: PublicationLanguage;
  title: string;
  /** `Antagen 2025-01-01` / `Adopted 2025-01-01`, or null when no date is recorded. */
  adopted: string | null;
  headings: { preamble: string; vision: string; focusAreas: string; positions: string; appendix: string };
  appendixIntro: string;
  preamble: string[];
  vision: string[];
  areas: Array<{ code: string; title: string; paragraphs: string[]; positions: Array<{ text: string; notes: number[] }> }>;
  appendix: AppendixEntry[];
}

const HEADINGS: Record<PublicationLanguage, StrategyPublication['headings']> = {
  sv: {
    preamble: 'Inledning',
    vision: 'Vision',
    focusAreas: 'Fokusområden',
    positions: 'Ståndpunkter',
    appendix: 'Bilaga: Konferensarbetet som strategin bygger på',
  },
  en: {
    preamble: 'Introduction',
    vision: 'Vision',
    focusAreas: 'Focus areas',
    positions: 'Positions',
    appendix: 'Appendix: The conference work this strategy builds on',
  },
};

const APPENDIX_INTRO: Record<PublicationLanguage, string> = {
  sv: 'Ståndpunkternas fotnoter hänvisar till det som konferenserna behandlade: teman, programpunkter, antagna förslag och arbetsutskottets beslut.',
  en: 'The positions’ footnotes refer to what the conferences treated: themes, programme items, accepted proposals and the working committee’s decisions.',
};

const NO_APPENDIX: Record<PublicationLanguage, string> = {
  sv: 'Ingen ståndpunkt i den här versionen hänvisar till konferensarbetet.',
  en: 'No position of this version refers to the conference work.',
};

/**
 * The adopted version with its footnotes for the public page and the PDF: each position lists the
 * numbers of its citations, and the appendix lists every footnote once, in number order.
 */
export function publicationOf(
  version: StrategyVersionResponse,
  citations: StrategyCitationsResponse,
  language: PublicationLanguage,
): StrategyPublication {
  const { notes, appendix } = publishedFootnotes(citations);
  const date = version.adoptedAt ? stockholmDate(new Date(version.adoptedAt)) : null;
  return {
    language,
    title: version.title,
    adopted: date ? `${language === 'en' ? 'Adopted' : 'Antagen'} ${date}` : null,
    headings: HEADINGS[language],
    appendixIntro: appendix.length ? APPENDIX_INTRO[language] : NO_APPENDIX[language],
    preamble: paragraphsOf(version.preamble),
    vision: paragraphsOf(version.vision),
    areas: version.focusAreas.map((a) => ({
      code: a.code,
      title: language === 'en' && a.titleEn ? a.titleEn : a.titleSv,
      paragraphs: paragraphsOf(a.text),
      positions: a.positions.map((p) => ({
        text: p.text,
        notes: notes.get(p.id) ?? [],
      })),
    })),
    appendix,
  };
}

/** One appendix line: `[3] Tema: Energi och elnät – Industridagarna 2025`, or that the target is gone. */
export function appendixLine(entry: AppendixEntry, language: PublicationLanguage): string {
  if (entry.removed)
    return `[${entry.number}] ${language === 'en' ? 'The cited work no longer exists.' : 'Det som hänvisas till finns inte längre.'}`;
  const where = entry.conferenceTitle && entry.conferenceTitle !== entry.label ? ` – ${entry.conferenceTitle}` : '';
  return `[${entry.number}] ${EVIDENCE_KIND_LABELS[language][entry.kind]}: ${entry.label}${where}`;
}
