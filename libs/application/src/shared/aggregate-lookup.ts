import { Inject, Injectable } from '@nestjs/common';
import { AccessDenied } from '@concordat/access-control';
import { AggregateCache } from '@concordat/command-handling';
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
  partnershipUpcasters,
  type AgreementState,
  type CommitmentState,
  type DecisionFacts,
  type FrameworkVersionState,
  type DecisionReference,
  type PartnershipState,
} from '@concordat/domain';
import type { EventStore } from '@concordat/event-store';
import { EVENT_STORE } from '../event-store.module';
import { partnershipOwning } from './partnership-owning';

/** Reads other aggregates' current state, for the facts one aggregate's rules need. */
@Injectable()
export class AggregateLookup {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly cache: AggregateCache,
  ) {}

  async partnership(partnershipId: string): Promise<PartnershipState> {
    const loaded = await this.cache.load(
      this.store,
      partnershipDecider,
      partnershipStreamId(partnershipId),
      partnershipUpcasters,
    );
    return loaded.state;
  }

  async frameworkVersion(frameworkVersionId: string): Promise<FrameworkVersionState> {
    const stream = frameworkVersionStreamId(frameworkVersionId);
    return (await this.cache.load(this.store, frameworkVersionDecider, stream)).state;
  }

  /**
   * `within` is the partnership the command acts in: an agreement of another partnership answers
   * exactly as one that does not exist (so does every lookup below).
   */
  async agreement(agreementId: string, within: string): Promise<AgreementState> {
    const stream = agreementStreamId(agreementId);
    const { state } = await this.cache.load(this.store, agreementDecider, stream);
    return ownedBy(within, state, 'agreement', agreementId);
  }

  async commitment(commitmentId: string, within: string): Promise<CommitmentState> {
    const stream = commitmentStreamId(commitmentId);
    const { state } = await this.cache.load(
      this.store,
      commitmentDecider,
      stream,
      commitmentUpcasters,
    );
    return ownedBy(within, state, 'commitment', commitmentId);
  }

  /** The referenced decision's facts, or null when no such decision was recorded. */
  async decision(
    reference: DecisionReference | null | undefined,
    within: string,
  ): Promise<DecisionFacts | null> {
    if (!reference) return null;
    const stream = meetingStreamId(reference.meetingId);
    const { state } = await this.cache.load(this.store, meetingDecider, stream);
    return decisionFacts(ownedBy(within, state, 'meeting', reference.meetingId), reference);
  }
}

function ownedBy<S>(within: string, state: S, what: string, id: string): S {
  const owner = partnershipOwning(state);
  if (owner !== null && owner !== within) throw AccessDenied.notFound(what, id);
  return state;
}
