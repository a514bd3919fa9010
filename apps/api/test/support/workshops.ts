import type { AgendaItemResponse } from '@samverkan/agenda/contract';
import { createConference } from './factories';
import type { TestApp } from './test-app';

/**
 * A published conference with three workshops that take sign-ups (`capacity` places each): two that
 * overlap (w1, w2, in two rooms) and one in the afternoon (w3).
 */
export async function programmeWithWorkshops(t: TestApp, committee: string, capacity: number, confirmedSeats = 1000) {
  const conference = await createConference(t, committee, {
    capacity: confirmedSeats,
    startsAt: '2031-04-14T09:00:00+02:00',
    endsAt: '2031-04-15T16:00:00+02:00',
  });
  const room = (
    await t.http
      .post(`/api/conferences/${conference.id}/rooms`)
      .set('Authorization', committee)
      .send({ name: 'Sal A', capacity: 500 })
      .expect(201)
  ).body;
  const room2 = (
    await t.http
      .post(`/api/conferences/${conference.id}/rooms`)
      .set('Authorization', committee)
      .send({ name: 'Sal B', capacity: 500 })
      .expect(201)
  ).body;
  const add = async (titleSv: string, start: string, end: string, roomId: string) =>
    (
      await t.http
        .post(`/api/conferences/${conference.id}/agenda/items`)
        .set('Authorization', committee)
        .send({ titleSv, type: 'workshop', startsAt: start, endsAt: end, roomId, signupRequired: true, signupCapacity: capacity })
        .expect(201)
    ).body as AgendaItemResponse;
  const w1 = await add('Workshop 1', '2031-04-14T10:00:00+02:00', '2031-04-14T11:00:00+02:00', room.id);
  const w2 = await add('Workshop 2', '2031-04-14T10:30:00+02:00', '2031-04-14T11:30:00+02:00', room2.id);
  const w3 = await add('Workshop 3', '2031-04-14T13:00:00+02:00', '2031-04-14T14:00:00+02:00', room.id);
  await t.http.post(`/api/conferences/${conference.id}/agenda/publish`).set('Authorization', committee).send({}).expect(200);
  return { conference, w1, w2, w3, room, room2 };
}
