import { Inject, Injectable } from '@nestjs/common';
import { loadAggregate } from '@concordat/command-handling';
import {
  agreementDecider,
  agreementStreamId,
  commitmentDecider,
  commitmentStreamId,
  commitmentUpcasters,
  decisionFacts,
  frameworkVersionDecider,
  frameworkVersionStreamId,
  meetingDecider,
  meetingStreamId,
  partnershipDecider,
  partnershipStreamId,
  type AgreementState,
  type CommitmentState,
  type DecisionFacts,
  type FrameworkVersionState,
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

  async frameworkVersion(frameworkVersionId: string): Promise<FrameworkVersionState> {
    const stream = frameworkVersionStreamId(frameworkVersionId);
    return (await loadAggregate(this.store, frameworkVersionDecider, stream)).state;
  }

  async agreement(agreementId: string): Promise<AgreementState> {
    return (await loadAggregate(this.store, agreementDecider, agreementStreamId(agreementId)))
      .state;
  }

  async commitment(commitmentId: string): Promise<CommitmentState> {
    const stream = commitmentStreamId(commitmentId);
    return (await loadAggregate(this.store, commitmentDecider, stream, commitmentUpcasters)).state;
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
