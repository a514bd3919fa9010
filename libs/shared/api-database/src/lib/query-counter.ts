import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements run, so integration tests can assert that a
 * list loads in a constant number of queries (no N+1).
 */
export class QueryCounter extends AbstractLogger {
  private count = 0;

  override logQuery(query: string): void {
    if (!/^(START TRANSACTION|COMMIT|ROLLBACK|SELECT version\(\)|SHOW )/i.test(query.trim())) this.count++;
  }

  protected writeLog(level: LogLevel, message: string | number | LogMessage | (string | number | LogMessage)[]): void {
    void level;
    void message;
  }

  reset(): void {
    this.count = 0;
  }

  get queries(): number {
    return this.count;
  }
}
