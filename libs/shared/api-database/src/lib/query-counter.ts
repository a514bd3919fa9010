import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/** At most this many statements are kept for inspection (a burst test runs thousands). */
const KEPT = 1000;

/**
 * A TypeORM logger that counts the SQL statements run, so integration tests can assert that a
 * list loads in a constant number of queries (no N+1), and keeps the latest ones with their
 * parameters, so a test can compare what two requests did.
 */
export class QueryCounter extends AbstractLogger {
  private count = 0;
  private kept: { query: string; parameters: unknown[] }[] = [];

  override logQuery(query: string, parameters?: unknown[]): void {
    if (/^(START TRANSACTION|COMMIT|ROLLBACK|SELECT version\(\)|SHOW )/i.test(query.trim())) return;
    this.count++;
    this.kept.push({ query, parameters: parameters ?? [] });
    if (this.kept.length > KEPT) this.kept.shift();
  }

  protected writeLog(level: LogLevel, message: string | number | LogMessage | (string | number | LogMessage)[]): void {
    void level;
    void message;
  }

  reset(): void {
    this.count = 0;
    this.kept = [];
  }

  get queries(): number {
    return this.count;
  }

  /** The statements since the last reset (the latest KEPT of them), oldest first. */
  get statements(): readonly { query: string; parameters: unknown[] }[] {
    return this.kept;
  }
}
