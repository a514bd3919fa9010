import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Conference } from './conference.entity';

export type CapacityListener = (manager: EntityManager, conference: Conference) => Promise<void>;

/**
 * A conference copied into a new draft. Copiers move their dates with `shift`, which keeps each date's
 * Stockholm wall-clock time across summer-time changes (whole days plus the starts' time difference);
 * `shiftMs` is only the exact difference between the two starts.
 */
export interface ConferenceCopy {
  fromId: string;
  toId: string;
  shiftMs: number;
  shift(date: Date): Date;
  /** The original's theme ids → the copy's (themes are copied before the listeners run). */
  themeIds: ReadonlyMap<string, string>;
}

/**
 * Copies one domain's part of a conference (rooms, questions, prices, reminders…) into the new draft,
 * in the copy's transaction. Registrations, sign-ups and published versions are never copied.
 */
export type CopyListener = (manager: EntityManager, copy: ConferenceCopy) => Promise<void>;

/**
 * How later domains react to conference changes without this domain importing them: a listener runs
 * inside the same transaction, so e.g. raising capacity and promoting from the waitlist commit together.
 */
@Injectable()
export class ConferenceEvents {
  private readonly capacityListeners: CapacityListener[] = [];
  private readonly copyListeners: CopyListener[] = [];

  onCapacityChanged(listener: CapacityListener): void {
    this.capacityListeners.push(listener);
  }

  async capacityChanged(manager: EntityManager, conference: Conference): Promise<void> {
    for (const listener of this.capacityListeners) await listener(manager, conference);
  }

  /** Registers a domain's copier (call from the domain service's constructor or `onModuleInit`). */
  onCopied(listener: CopyListener): void {
    this.copyListeners.push(listener);
  }

  async copied(manager: EntityManager, copy: ConferenceCopy): Promise<void> {
    for (const listener of this.copyListeners) await listener(manager, copy);
  }
}
