import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Conference } from './conference.entity';

export type CapacityListener = (manager: EntityManager, conference: Conference) => Promise<void>;

/**
 * How later domains react to conference changes without this domain importing them: a listener runs
 * inside the same transaction, so e.g. raising capacity and promoting from the waitlist commit together.
 */
@Injectable()
export class ConferenceEvents {
  private readonly capacityListeners: CapacityListener[] = [];

  onCapacityChanged(listener: CapacityListener): void {
    this.capacityListeners.push(listener);
  }

  async capacityChanged(manager: EntityManager, conference: Conference): Promise<void> {
    for (const listener of this.capacityListeners) await listener(manager, conference);
  }
}
