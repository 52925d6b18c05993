import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommitmentCommandMessage } from '@concordat/application';
import type {
  AccountableOfficer,
  CommitmentCommand,
  CommitmentParty,
  CommitmentResources,
  CommitmentTerms,
  DecisionReference,
} from '@concordat/domain';
import { CommandPayload } from '../graphql/command-payload.model';
import { CommandSender } from '../graphql/command-sender';
import type { CommandInput } from '../graphql/command-input';
import type { RequestContext } from '../graphql/request-context';
import type { DecisionReferenceInput } from '../meetings/decision-reference.input';
import {
  AcceptCommitmentInput,
  type AccountableOfficerInput,
  ClearCommitmentFlagInput,
  type CommitmentChangesInput,
  type CommitmentPartyInput,
  type CommitmentResourcesInput,
  FlagCommitmentForBoardInput,
  MarkCommitmentLapsedInput,
  ProposeCommitmentInput,
  RecordCommitmentDeliveryInput,
  RejectCommitmentInput,
  ReportCommitmentProgressInput,
  ReviseCommitmentInput,
  WithdrawCommitmentInput,
} from './commitment.inputs';

type DataOf<T extends CommitmentCommand['type']> = Extract<CommitmentCommand, { type: T }>['data'];

function decisionOf({ meetingId, decisionId }: DecisionReferenceInput): DecisionReference {
  return { meetingId, decisionId };
}

function partiesOf(parties: readonly CommitmentPartyInput[]): CommitmentParty[] {
  return parties.map(({ partnerId, money, staffFte, effortPercent }) => ({
    partnerId,
    money: { minorUnits: money.minorUnits, currency: money.currency },
    staffFte,
    effortPercent,
  }));
}

/** Absent text is null in the domain's terms, never undefined. */
function resourcesOf(resources: CommitmentResourcesInput): CommitmentResources {
  const { money, fundingStream, staffFte, inKind } = resources;
  return {
    money: { minorUnits: money.minorUnits, currency: money.currency },
    fundingStream: fundingStream ?? null,
    staffFte,
    inKind: inKind ?? null,
  };
}

function officerOf({ name, role }: AccountableOfficerInput): AccountableOfficer {
  return { name, role };
}

/** Only the terms the caller gave: an omitted (or null) term stays as it is. */
function changesOf(changes: CommitmentChangesInput): Partial<CommitmentTerms> {
  const { action, parties, leadPartnerId, resources, dueDate, accountableOfficer } = changes;
  return {
    ...(action ? { action } : {}),
    ...(parties ? { parties: partiesOf(parties) } : {}),
    ...(leadPartnerId ? { leadPartnerId } : {}),
    ...(resources ? { resources: resourcesOf(resources) } : {}),
    ...(dueDate ? { dueDate } : {}),
    ...(accountableOfficer ? { accountableOfficer: officerOf(accountableOfficer) } : {}),
  };
}

/** One mutation per commitment command: validate, build the command, send it. */
@Resolver()
export class CommitmentMutationsResolver {
  constructor(private readonly sender: CommandSender) {}

  private send<T extends CommitmentCommand['type']>(
    type: T,
    data: DataOf<T>,
    input: CommandInput,
    context: RequestContext,
  ): Promise<CommandPayload> {
    return this.sender.sendCommand(
      CommitmentCommandMessage,
      data.commitmentId,
      type,
      data,
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload, {
    description: 'Proposes what one or more partners commit to a local outcome of an agreement.',
  })
  proposeCommitment(
    @Args('input') input: ProposeCommitmentInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, commitmentId, agreementId, localOutcomeId, action, leadPartnerId } =
      input;
    return this.send(
      'ProposeCommitment',
      {
        partnershipId,
        commitmentId,
        agreementId,
        localOutcomeId,
        action,
        parties: partiesOf(input.parties),
        leadPartnerId,
        resources: resourcesOf(input.resources),
        dueDate: input.dueDate,
        accountableOfficer: officerOf(input.accountableOfficer),
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload, { description: 'Accepts a commitment by a board decision.' })
  acceptCommitment(
    @Args('input') input: AcceptCommitmentInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, commitmentId } = input;
    return this.send(
      'AcceptCommitment',
      { partnershipId, commitmentId, decision: decisionOf(input.decision) },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload, { description: 'Rejects a proposal by a board decision.' })
  rejectCommitment(
    @Args('input') input: RejectCommitmentInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, commitmentId, reason } = input;
    return this.send(
      'RejectCommitment',
      { partnershipId, commitmentId, decision: decisionOf(input.decision), reason },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload, {
    description: 'Reports progress on an accepted commitment; at risk or off track needs evidence.',
  })
  reportCommitmentProgress(
    @Args('input') input: ReportCommitmentProgressInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, commitmentId, status, note, period } = input;
    return this.send(
      'ReportCommitmentProgress',
      {
        partnershipId,
        commitmentId,
        status,
        note,
        evidenceUrl: input.evidenceUrl ?? null,
        period: { start: period.start, end: period.end },
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload, { description: 'Records that a commitment was delivered.' })
  recordCommitmentDelivery(
    @Args('input') input: RecordCommitmentDeliveryInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, commitmentId, deliveredOn, note, evidenceUrl } = input;
    return this.send(
      'RecordCommitmentDelivery',
      { partnershipId, commitmentId, deliveredOn, note, evidenceUrl },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload, {
    description: 'Revises the terms of an open commitment by a board decision approving it.',
  })
  reviseCommitment(
    @Args('input') input: ReviseCommitmentInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, commitmentId } = input;
    return this.send(
      'ReviseCommitment',
      {
        partnershipId,
        commitmentId,
        decision: decisionOf(input.decision),
        changes: changesOf(input.changes),
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload, {
    description: 'The lead party withdraws the whole commitment, on behalf of every party.',
  })
  withdrawCommitment(
    @Args('input') input: WithdrawCommitmentInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, commitmentId, partnerId, reason } = input;
    return this.send(
      'WithdrawCommitment',
      { partnershipId, commitmentId, partnerId, reason },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload, {
    description: 'Marks an open commitment lapsed once its due date has passed.',
  })
  markCommitmentLapsed(
    @Args('input') input: MarkCommitmentLapsedInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, commitmentId } = input;
    return this.send('MarkCommitmentLapsed', { partnershipId, commitmentId }, input, context);
  }

  @Mutation(() => CommandPayload, {
    description:
      'Flags an open commitment for the board about one of its parties. The application raises ' +
      'it when a partner withdraws; the board may raise it too.',
  })
  flagCommitmentForBoard(
    @Args('input') input: FlagCommitmentForBoardInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, commitmentId, partnerId, reason } = input;
    return this.send(
      'FlagCommitmentForBoard',
      { partnershipId, commitmentId, partnerId, reason },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload, {
    description: 'Clears a flag by a board decision about the commitment.',
  })
  clearCommitmentFlag(
    @Args('input') input: ClearCommitmentFlagInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, commitmentId, partnerId } = input;
    return this.send(
      'ClearCommitmentFlag',
      { partnershipId, commitmentId, partnerId, decision: decisionOf(input.decision) },
      input,
      context,
    );
  }
}
