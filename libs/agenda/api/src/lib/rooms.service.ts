import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RoomResponse } from '@samverkan/agenda/contract';
import { notFound } from '@samverkan/shared/api-http';
import { Room } from './agenda.entity';
import { toRoom } from './agenda-views';
import type { RoomDto, UpdateRoomDto } from './dto/agenda.dto';
import { requireConference } from './queries/draft-reads';

/**
 * A conference's rooms. A new room goes last; removing a room leaves its items without a room (they
 * stay in the draft, and a published version keeps the room until the next publish).
 */
@Injectable()
export class RoomsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(conferenceId: string, body: RoomDto): Promise<RoomResponse> {
    const rooms = this.dataSource.getRepository(Room);
    await requireConference(this.dataSource.manager, conferenceId);
    const position = await rooms.countBy({ conferenceId });
    const room = await rooms.save({ conferenceId, name: body.name, capacity: body.capacity, accessibilityNotes: body.accessibilityNotes ?? null, position });
    return toRoom(room);
  }

  async update(conferenceId: string, roomId: string, body: UpdateRoomDto): Promise<RoomResponse> {
    const rooms = this.dataSource.getRepository(Room);
    const room = await rooms.findOneBy({ id: roomId, conferenceId });
    if (!room) throw notFound('agenda.room-not-found');
    Object.assign(room, body);
    return toRoom(await rooms.save(room));
  }

  async remove(conferenceId: string, roomId: string): Promise<void> {
    const result = await this.dataSource.getRepository(Room).delete({ id: roomId, conferenceId });
    if (!result.affected) throw notFound('agenda.room-not-found');
  }
}
