import { Inject, Injectable } from '@nestjs/common';
import { loadAggregate } from '@concordat/command-handling';
import {
  decisionFacts,
  meetingDecider,
  meetingStreamId,
  partnershipDecider,
  partnershipStreamId,
  type DecisionFacts,
  type DecisionReference,
  type PartnershipState,
} from '@concordat/domain';
import type { EventStore } from '@concordat/event-store';
import { EVENT_STORE } from '../event-store.module';

/** Reads other aggregates' current state, for the facts one aggregate's rules need. */
@Injectable()
export class AggregateLookup {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async partnership(partnershipId: string): Promise<PartnershipState> {
    const loaded = await loadAggregate(
      this.store,
      partnershipDecider,
      partnershipStreamId(partnershipId),
    );
    return loaded.state;
  }

  /** The referenced decision's facts, or null when no such decision was recorded. */
  async decision(reference: DecisionReference | null | undefined): Promise<DecisionFacts | null> {
    if (!reference) return null;
    const meeting = await loadAggregate(
      this.store,
      meetingDecider,
      meetingStreamId(reference.meetingId),
    );
    return decisionFacts(meeting.state, reference);
  }
}
