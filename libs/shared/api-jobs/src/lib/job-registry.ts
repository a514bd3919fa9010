/** What a domain asks of the job queue: a worker per queue, optionally a cron schedule that feeds it. */
export interface JobDefinition<T extends object = object> {
  /** Queue name, `<domain>.<job>`: letters, digits, `.`, `-` and `_` (pg-boss's rule). */
  name: string;
  handle: (data: T) => Promise<void>;
  /** Five-field cron in Europe/Stockholm; pg-boss runs it at most once per minute over all processes. */
  cron?: string;
  /** Jobs fetched per poll (each handled on its own). */
  batchSize?: number;
}

const QUEUE_NAME = /^[A-Za-z0-9_.-]{1,100}$/;
const CRON = /^(\S+\s+){4}\S+$/;

/**
 * The definitions domains register while their modules initialise, checked as they come in so a
 * mistake fails at start-up rather than when the first job runs.
 */
export class JobRegistry {
  private readonly definitions = new Map<string, JobDefinition>();

  add<T extends object>(definition: JobDefinition<T>): void {
    if (!QUEUE_NAME.test(definition.name)) throw new Error(`Job queue name ${JSON.stringify(definition.name)} is not allowed`);
    if (this.definitions.has(definition.name)) throw new Error(`Job queue ${definition.name} is registered twice`);
    if (definition.cron !== undefined && !CRON.test(definition.cron.trim())) {
      throw new Error(`Job queue ${definition.name}: ${JSON.stringify(definition.cron)} is not a five-field cron`);
    }
    this.definitions.set(definition.name, definition as unknown as JobDefinition);
  }

  has(name: string): boolean {
    return this.definitions.has(name);
  }

  all(): JobDefinition[] {
    return [...this.definitions.values()];
  }
}
