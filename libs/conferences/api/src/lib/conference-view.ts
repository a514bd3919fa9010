import type { ConferenceFocusArea, ConferenceResponse, ThemeResponse } from '@samverkan/conferences/contract';
import type { FocusArea } from '@samverkan/strategy/api';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import type { Conference, Theme } from './conference.entity';
import { isRegistrationOpen } from './conference-rules';

function toArea(f: FocusArea): ConferenceFocusArea {
  return { code: f.code, titleSv: f.titleSv, titleEn: f.titleEn };
}

/** Focus areas in the strategy's order. */
function areasOf(areas: FocusArea[] | undefined): ConferenceFocusArea[] {
  return [...(areas ?? [])].sort((a, b) => a.position - b.position).map(toArea);
}

export function toThemeResponse(t: Theme): ThemeResponse {
  return {
    id: t.id,
    titleSv: t.titleSv,
    titleEn: t.titleEn,
    descriptionSv: t.descriptionSv,
    descriptionEn: t.descriptionEn,
    focusAreas: areasOf(t.focusAreas),
    sourceProposalId: t.sourceProposalId,
  };
}

export function toConferenceResponse(c: Conference, now = new Date()): ConferenceResponse {
  const iso = (d: Date | null) => (d ? toStockholmIso(d) : null);
  return {
    id: c.id,
    slug: c.slug,
    status: c.status,
    titleSv: c.titleSv,
    titleEn: c.titleEn,
    descriptionSv: c.descriptionSv,
    descriptionEn: c.descriptionEn,
    hostOrganisationId: c.hostOrganisationId,
    hostOrganisationName: c.hostOrganisation?.name ?? null,
    venue: c.venue,
    address: c.address,
    startsAt: toStockholmIso(c.startsAt),
    endsAt: toStockholmIso(c.endsAt),
    capacity: c.capacity,
    registrationOpensAt: iso(c.registrationOpensAt),
    registrationClosesAt: iso(c.registrationClosesAt),
    registrationOpen: isRegistrationOpen(c, now),
    confirmedCount: c.confirmedCount,
    seatsLeft: Math.max(0, c.capacity - c.confirmedCount),
    focusAreas: areasOf(c.focusAreas),
    themes: (c.themes ?? []).map(toThemeResponse),
    publishedAt: iso(c.publishedAt),
  };
}
