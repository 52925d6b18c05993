import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import type { CommandFacts } from '@concordat/access-control';
import {
  commitmentDecider,
  commitmentStreamId,
  commitmentUpcasters,
  type AgreementFactsForCommitments,
  type AgreementState,
  type CommitmentCommand,
  type CommitmentContext,
  type CommitmentEvent,
  type CommitmentState,
  type PartnershipFactsForCommitments,
  type PartnershipState,
} from '@concordat/domain';
import type { EventStore } from '@concordat/event-store';
import { EVENT_STORE } from '../event-store.module';
import { AggregateLookup } from '../shared/aggregate-lookup';
import { DeciderCommandHandler } from '../shared/decider-command-handler';
import { CommitmentCommandMessage } from './commitment-command';

@CommandHandler(CommitmentCommandMessage)
export class CommitmentCommandHandler extends DeciderCommandHandler<
  CommitmentState,
  CommitmentCommand,
  CommitmentEvent,
  CommitmentContext
> {
  protected readonly decider = commitmentDecider;
  protected override readonly upcasters = commitmentUpcasters;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly lookup: AggregateLookup,
  ) {
    super(store);
  }

  protected streamIdOf(command: CommitmentCommand): string {
    return commitmentStreamId(command.data.commitmentId);
  }

  protected readonly aggregateName = 'commitment';

  protected aggregateIdOf(command: CommitmentCommand): string {
    return command.data.commitmentId;
  }

  /** A partner representative may act only on a commitment its partner is party to. */
  protected override facts(command: CommitmentCommand, state: CommitmentState): CommandFacts {
    const terms =
      command.type === 'ProposeCommitment'
        ? command.data
        : state.status === 'none'
          ? null
          : state.terms;
    return { commitmentParties: terms?.parties.map((party) => party.partnerId) ?? [] };
  }

  /** Proposals need the partners and the agreement; board actions need their decision. */
  protected override async context(command: CommitmentCommand): Promise<CommitmentContext> {
    if (command.type === 'ProposeCommitment') {
      const [partnership, agreement] = await Promise.all([
        this.lookup.partnership(command.data.partnershipId),
        this.lookup.agreement(command.data.agreementId, command.data.partnershipId),
      ]);
      return { partnership: partnershipFacts(partnership), agreement: agreementFacts(agreement) };
    }
    const reference = 'decision' in command.data ? command.data.decision : null;
    return { decision: await this.lookup.decision(reference, command.data.partnershipId) };
  }
}

function partnershipFacts(state: PartnershipState): PartnershipFactsForCommitments | null {
  if (state.status === 'none') return null;
  const current = [...state.partners.values()].filter((partner) => partner.status === 'current');
  return { currentPartnerIds: current.map((partner) => partner.partnerId) };
}

function agreementFacts(state: AgreementState): AgreementFactsForCommitments | null {
  if (state.status === 'none') return null;
  const inForce = [...state.localOutcomes.values()].filter((o) => o.status === 'active');
  return {
    agreementId: state.agreementId,
    partnershipId: state.partnershipId,
    status: state.status === 'closed' || state.status === 'superseded' ? state.status : 'open',
    localOutcomeIds: inForce.map((outcome) => outcome.localOutcomeId),
  };
}
