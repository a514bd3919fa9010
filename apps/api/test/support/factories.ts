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
