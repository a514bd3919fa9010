import type { ConferenceResponse, CreateConferenceRequest } from '@samverkan/conferences/contract';
import type { CreateRegistrationRequest } from '@samverkan/registrations/contract';
import type { TestApp } from './test-app';

const DAY = 86_400_000;

export function conferenceBody(overrides: Partial<CreateConferenceRequest> = {}): CreateConferenceRequest {
  const start = new Date(Date.now() + 30 * DAY);
  return {
    titleSv: 'Testkonferensen',
    titleEn: 'The test conference',
    venue: 'Stadshuset',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + DAY).toISOString(),
    capacity: 10,
    focusAreaCodes: ['skills', 'cooperation'],
    ...overrides,
  };
}

/** Creates (and by default publishes) a conference as the given staff member. */
export async function createConference(
  t: TestApp,
  bearer: string,
  overrides: Partial<CreateConferenceRequest> = {},
  publish = true,
): Promise<ConferenceResponse> {
  const created = await t.http.post('/api/conferences').set('Authorization', bearer).send(conferenceBody(overrides));
  if (created.status !== 201) throw new Error(`create conference: ${created.status} ${JSON.stringify(created.body)}`);
  if (!publish) return created.body;
  const published = await t.http.post(`/api/conferences/${created.body.id}/publish`).set('Authorization', bearer);
  if (published.status !== 200) throw new Error(`publish: ${published.status}`);
  return published.body;
}

export function registrationBody(n: number | string, overrides: Partial<CreateRegistrationRequest> = {}): CreateRegistrationRequest {
  return {
    firstName: `Person${n}`,
    lastName: 'Testsson',
    email: `person${n}@kommun.se`,
    organisationName: 'Finspångs kommun',
    organisationType: 'municipality',
    consent: true,
    ...overrides,
  };
}

/**
 * Puts the adoption of a strategy version on a new committee meeting's agenda and decides it (accept):
 * the only way a version is adopted. Answers the first refused step's response (the meeting, the item)
 * or the decision's, whatever its status.
 */
export async function decideAdoption(t: TestApp, bearer: string, strategyId: string, startsAt = '2031-03-10T13:00:00+01:00') {
  const meeting = await t.http
    .post('/api/meetings')
    .set('Authorization', bearer)
    .send({ title: 'Beslut om strategin', startsAt, participantIds: [] });
  if (meeting.status !== 201) return meeting;
  const withItem = await t.http
    .post(`/api/meetings/${meeting.body.id}/items`)
    .set('Authorization', bearer)
    .send({ kind: 'strategy-adoption', strategyId });
  if (withItem.status !== 201) return withItem;
  const item = (withItem.body.items as Array<{ id: string; kind: string }>).find((i) => i.kind === 'strategy-adoption');
  return t.http
    .post(`/api/meetings/${meeting.body.id}/items/${item?.id}/decision`)
    .set('Authorization', bearer)
    .send({ outcome: 'accept', decisionText: 'Strategin antas.' });
}
