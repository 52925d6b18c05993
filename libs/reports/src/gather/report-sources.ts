import type { EventStore } from '@concordat/event-store';
import type { StreamHistory } from '@concordat/time-travel';
import type { DataSource } from 'typeorm';

/** Where a report's facts are read: the events, folded by time travel, and the read models. */
export interface ReportSources {
  readonly events: EventStore;
  readonly history: StreamHistory;
  readonly readModels: DataSource;
}
