import type { EntityManager } from 'typeorm';
import { Conference } from '@samverkan/conferences/api';
import { notFound } from '@samverkan/shared/api-http';
import { AgendaItem, AgendaVersion, Room } from '../agenda.entity';

/** The conference whatever its status (the editor's routes are for staff only), else 404. */
export async function requireConference(manager: EntityManager, id: string): Promise<Conference> {
  const conference = await manager.getRepository(Conference).findOneBy({ id });
  if (!conference) throw notFound('agenda.conference-not-found');
  return conference;
}

/** The conference's rooms in their order. */
export function draftRooms(manager: EntityManager, conferenceId: string): Promise<Room[]> {
  return manager.getRepository(Room).find({ where: { conferenceId }, order: { position: 'ASC', name: 'ASC' } });
}

/** Every draft item with its room and focus areas, by time (unscheduled last), room and title. */
export function draftItems(manager: EntityManager, conferenceId: string): Promise<AgendaItem[]> {
  return manager
    .getRepository(AgendaItem)
    .createQueryBuilder('i')
    .leftJoinAndSelect('i.room', 'room')
    .leftJoinAndSelect('i.focusAreas', 'fa')
    .where('i.conferenceId = :conferenceId', { conferenceId })
    .orderBy('i.startsAt', 'ASC', 'NULLS LAST')
    .addOrderBy('room.position', 'ASC')
    .addOrderBy('i.titleSv', 'ASC')
    .getMany();
}

/** The latest published version, if any. */
export function latestVersion(manager: EntityManager, conferenceId: string): Promise<AgendaVersion | null> {
  return manager.getRepository(AgendaVersion).findOne({ where: { conferenceId }, order: { number: 'DESC' } });
}
