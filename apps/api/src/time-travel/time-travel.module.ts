import { Module } from '@nestjs/common';
import { EVENT_STORE } from '@concordat/application';
import type { EventStore } from '@concordat/event-store';
import { StreamHistory } from '@concordat/time-travel';
import { AgreementChangesResolver } from './agreement-changes.resolver';
import { IndicatorValuesResolver } from './indicator-values.resolver';
import { MatrixAsOfResolver } from './matrix-as-of.resolver';
import { TimeTravelResolver } from './time-travel.resolver';

/**
 * What the record said at a past instant or revision, and what changed in between, computed from
 * the events. One StreamHistory for the process, so its snapshot cache serves every request.
 */
@Module({
  providers: [
    {
      provide: StreamHistory,
      inject: [EVENT_STORE],
      useFactory: (store: EventStore) => new StreamHistory(store),
    },
    TimeTravelResolver,
    AgreementChangesResolver,
    MatrixAsOfResolver,
    IndicatorValuesResolver,
  ],
})
export class TimeTravelModule {}
