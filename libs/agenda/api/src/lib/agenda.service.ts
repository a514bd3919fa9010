import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ProgrammeChange } from '@samverkan/agenda/contract';

/** Pairs of item ids with at least one registrant in common, for the overlap warning. */
export type SharedSignupsProvider = (manager: EntityManager, conferenceId: string) => Promise<Array<[string, string]>>;

/** Runs inside the publish transaction, e.g. to mail people signed up for a programme item that changed. */
export type PublishListener = (manager: EntityManager, conferenceId: string, version: number, changes: ProgrammeChange[]) => Promise<void>;

/**
 * The agenda's hooks for later domains: registrations tells it which items share sign-ups and hears of
 * each published version, without the agenda importing registrations.
 */
@Injectable()
export class AgendaService {
  private sharedSignups: SharedSignupsProvider = async () => [];
  private readonly publishListeners: PublishListener[] = [];

  useSharedSignups(provider: SharedSignupsProvider): void {
    this.sharedSignups = provider;
  }

  onPublished(listener: PublishListener): void {
    this.publishListeners.push(listener);
  }

  sharedSignupsOf(manager: EntityManager, conferenceId: string): Promise<Array<[string, string]>> {
    return this.sharedSignups(manager, conferenceId);
  }

  /** Tells every listener, one after the other in the caller's transaction. */
  async published(manager: EntityManager, conferenceId: string, version: number, changes: ProgrammeChange[]): Promise<void> {
    for (const listener of this.publishListeners) await listener(manager, conferenceId, version, changes);
  }
}
