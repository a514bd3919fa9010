import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { audit } from '@samverkan/shared/api-audit';
import { notFound } from '@samverkan/shared/api-http';
import { ActionItem } from '../meeting.entity';

/** Closing an action item takes it off later agendas; reopening puts it back. */
@Injectable()
export class ActionItemsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async setStatus(id: string, status: 'open' | 'closed', user: AuthenticatedUser): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      const item = await manager.getRepository(ActionItem).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!item) throw notFound('committee.action-item-not-found');
      await manager.getRepository(ActionItem).update({ id }, { status, closedAt: status === 'closed' ? new Date() : null });
      await audit(manager, {
        subjectType: 'action-item',
        subjectId: id,
        action: 'status',
        actorId: user.id,
        before: { status: item.status },
        after: { status },
      });
    });
    return id;
  }
}
