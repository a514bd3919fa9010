import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OutboxMessage } from '@samverkan/shared/api-mail';
import type { OutboxMessageResponse } from '@samverkan/registrations/contract';
import type { Page } from '@samverkan/shared/contract';
import { toStockholmIso } from '@samverkan/shared/util-dates';

/** The demo outbox: admins read the mails that would have been sent. */
@Injectable()
export class OutboxReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(to: string | undefined, limit: number): Promise<Page<OutboxMessageResponse>> {
    const qb = this.dataSource.getRepository(OutboxMessage).createQueryBuilder('m').orderBy('m.createdAt', 'DESC').take(limit);
    if (to) qb.where('m.to = :to', { to });
    const [items, total] = await qb.getManyAndCount();
    return {
      items: items.map((m) => ({
        id: m.id,
        to: m.to,
        subject: m.subject,
        text: m.text,
        status: m.status,
        attempts: m.attempts,
        createdAt: toStockholmIso(m.createdAt),
        sentAt: m.sentAt ? toStockholmIso(m.sentAt) : null,
      })),
      total,
    };
  }
}
