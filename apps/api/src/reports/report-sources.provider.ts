import type { Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { EVENT_STORE } from '@concordat/application';
import type { EventStore } from '@concordat/event-store';
import type { ReportSources } from '@concordat/reports';
import { StreamHistory } from '@concordat/time-travel';
import { READ_MODELS } from '../read-models/read-models.module';

export const REPORT_SOURCES = Symbol('REPORT_SOURCES');

/** The events, folded with a snapshot cache of the reports' own, and the read models. */
export const reportSourcesProvider: Provider<ReportSources> = {
  provide: REPORT_SOURCES,
  inject: [EVENT_STORE, READ_MODELS],
  useFactory: (events: EventStore, readModels: DataSource): ReportSources => ({
    events,
    history: new StreamHistory(events),
    readModels,
  }),
};
