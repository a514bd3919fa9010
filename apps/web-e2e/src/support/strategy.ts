import { expect, type APIRequestContext } from '@playwright/test';
import { authHeaders } from './agenda';
import { DEMO_ACCOUNTS } from './session';

/**
 * Adopts a strategy version in consultation the only way there is: a committee meeting with the
 * decision to adopt it on its agenda, decided. For journeys that test something else and must not
 * leave an open draft behind (one draft at a time).
 */
export async function adoptAtMeeting(request: APIRequestContext, strategyId: string): Promise<void> {
  const headers = await authHeaders(request, DEMO_ACCOUNTS.committee.email);
  const meeting = await request.post('/api/meetings', {
    headers,
    data: { title: 'Beslut om strategin', startsAt: '2031-03-10T13:00:00+01:00', participantIds: [] },
  });
  expect(meeting.status()).toBe(201);
  const { id } = (await meeting.json()) as { id: string };
  const added = await request.post(`/api/meetings/${id}/items`, { headers, data: { kind: 'strategy-adoption', strategyId } });
  expect(added.status()).toBe(201);
  const item = ((await added.json()) as { items: Array<{ id: string; kind: string }> }).items.find((i) => i.kind === 'strategy-adoption');
  const decided = await request.post(`/api/meetings/${id}/items/${item?.id}/decision`, {
    headers,
    data: { outcome: 'accept', decisionText: 'Strategin antas.' },
  });
  expect(decided.status()).toBe(200);
}
