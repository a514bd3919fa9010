import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { AgendaItemRequest, AgendaItemResponse, PublishResult, RoomResponse } from '@samverkan/agenda/contract';
import type { ConferenceResponse, CreateConferenceRequest } from '@samverkan/conferences/contract';
import type { CreateRegistrationRequest, RegistrationCreatedResponse } from '@samverkan/registrations/contract';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './session';

/** A bearer header for a demo account, for setting up through the API what a journey does not test. */
export async function authHeaders(request: APIRequestContext, email: string): Promise<Record<string, string>> {
  const response = await request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(response.status()).toBe(200);
  return { Authorization: `Bearer ${((await response.json()) as { accessToken: string }).accessToken}` };
}

/** A published two-day conference of its own, so the demo conference stays as it is. */
export async function publishedConference(
  request: APIRequestContext,
  titleSv: string,
  days: [string, string],
): Promise<ConferenceResponse> {
  const headers = await authHeaders(request, DEMO_ACCOUNTS.admin.email);
  const created = await request.post('/api/conferences', {
    headers,
    data: {
      titleSv,
      startsAt: `${days[0]}T09:00:00+02:00`,
      endsAt: `${days[1]}T16:00:00+02:00`,
      capacity: 100,
      focusAreaCodes: ['skills'],
    } satisfies CreateConferenceRequest,
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as ConferenceResponse;
  const published = await request.post(`/api/conferences/${id}/publish`, { headers });
  expect(published.status()).toBe(200);
  return (await published.json()) as ConferenceResponse;
}

/** The working committee's hands on a conference's draft agenda. */
export async function agendaAdmin(request: APIRequestContext, conferenceId: string) {
  const headers = await authHeaders(request, DEMO_ACCOUNTS.committee.email);
  return {
    async room(name: string, capacity = 40): Promise<RoomResponse> {
      const response = await request.post(`/api/conferences/${conferenceId}/rooms`, { headers, data: { name, capacity } });
      expect(response.status()).toBe(201);
      return (await response.json()) as RoomResponse;
    },
    async item(body: AgendaItemRequest): Promise<AgendaItemResponse> {
      const response = await request.post(`/api/conferences/${conferenceId}/agenda/items`, { headers, data: body });
      expect(response.status(), await response.text()).toBe(201);
      return (await response.json()) as AgendaItemResponse;
    },
    async publish(): Promise<PublishResult> {
      const response = await request.post(`/api/conferences/${conferenceId}/agenda/publish`, { headers, data: {} });
      expect(response.status(), await response.text()).toBe(200);
      return (await response.json()) as PublishResult;
    },
  };
}

export async function registerThroughApi(
  request: APIRequestContext,
  conferenceId: string,
  firstName: string,
  email: string,
): Promise<RegistrationCreatedResponse> {
  const body: CreateRegistrationRequest = {
    firstName,
    lastName: 'Testsson',
    email,
    organisationName: 'Sandvikens kommun',
    organisationType: 'municipality',
    consent: true,
  };
  const response = await request.post(`/api/conferences/${conferenceId}/registrations`, { data: body });
  expect(response.status()).toBe(201);
  return (await response.json()) as RegistrationCreatedResponse;
}

/** The page fits the viewport's width: nothing to scroll sideways (WCAG 1.4.10 reflow). */
export async function expectNoHorizontalScroll(page: Page, state: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth, `horizontal scroll on ${state}`).toBeLessThanOrEqual(clientWidth);
}

/**
 * Drags with the mouse the way a person does, in small steps: the CDK starts a drag only after the
 * pointer has moved a few pixels, and finds the drop list under the pointer on each move.
 */
/** Where an element is on screen; fails the test when it is not rendered. */
export async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not on screen`);
  return box;
}

export async function dragTo(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await page.mouse.move(to.x, to.y + 1, { steps: 2 });
  await page.mouse.up();
}
