import type { Logger } from 'typeorm';

/**
 * Counts the SQL statements the read side sends: the evidence that a query is batched (its
 * count does not grow with the number of rows).
 */
export class QueryCounter implements Logger {
  count = 0;

  logQuery(): void {
    this.count += 1;
  }

  logQueryError(): void {
    this.count += 1;
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
