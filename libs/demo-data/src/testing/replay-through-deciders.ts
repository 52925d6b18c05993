import {
  agreementDecider,
  agreementStreamId,
  commitmentDecider,
  commitmentStreamId,
  decisionFacts,
  draftingContextFrom,
  engagementDecider,
  engagementStreamId,
  frameworkVersionDecider,
  frameworkVersionStreamId,
  indicatorObservationsContextFrom,
  indicatorObservationsDecider,
  indicatorObservationsStreamId,
  meetingContextFrom,
  meetingDecider,
  meetingStreamId,
  partnershipDecider,
  partnershipStreamId,
  supersededVersionFacts,
  type AgreementState,
  type DecisionReference,
  type PartnershipState,
  type RecordEngagementInfluence,
} from '@concordat/domain';
import { replay, type Command, type Decider, type DomainEvent } from '@concordat/shared-kernel';
import type { DemoStep } from '../demo-step';

/** Every stream the story wrote, by stream id, in the order its events were decided. */
export type DecidedStreams = ReadonlyMap<string, readonly DomainEvent[]>;

/**
 * Runs the story through the pure deciders, looking up the same facts from other streams that
 * the command handlers in libs/application look up, without a store or a framework. Throws the
 * first refusal, naming the step.
 */
export function replayThroughDeciders(steps: readonly DemoStep[]): DecidedStreams {
  const streams = new Map<string, DomainEvent[]>();
  const eventsOf = (streamId: string) => streams.get(streamId) ?? [];
  const stateOf = <S, E extends DomainEvent>(
    decider: Pick<Decider<S, never, E, unknown>, 'initialState' | 'evolve'>,
    streamId: string,
  ): S => replay(decider, eventsOf(streamId) as unknown as readonly E[]);

  const partnership = (id: string) => stateOf(partnershipDecider, partnershipStreamId(id));
  const framework = (id: string) => stateOf(frameworkVersionDecider, frameworkVersionStreamId(id));
  const agreement = (id: string) => stateOf(agreementDecider, agreementStreamId(id));
  const commitment = (id: string) => stateOf(commitmentDecider, commitmentStreamId(id));
  const decision = (reference: DecisionReference | null | undefined) =>
    reference
      ? decisionFacts(stateOf(meetingDecider, meetingStreamId(reference.meetingId)), reference)
      : null;

  function decide<S, C extends Command, E extends DomainEvent, X>(
    decider: Decider<S, C, E, X>,
    streamId: string,
    command: C,
    context: X,
  ): void {
    const events = decider.decide(command, stateOf(decider, streamId), context);
    streams.set(streamId, [...eventsOf(streamId), ...events]);
  }

  for (const step of steps) {
    try {
      run(step);
    } catch (error) {
      const { commandId } = step.command.metadata;
      throw new Error(`${commandId} ${step.command.type} was refused: ${String(error)}`, {
        cause: error,
      });
    }
  }
  return streams;

  function run(step: DemoStep): void {
    switch (step.aggregate) {
      case 'framework': {
        const { command } = step;
        const streamId = frameworkVersionStreamId(command.data.frameworkVersionId);
        const supersedes =
          command.type === 'PublishFrameworkVersion' ? command.data.supersedes : null;
        const context = supersedes
          ? { superseded: supersededVersionFacts(framework(supersedes)) }
          : undefined;
        decide(frameworkVersionDecider, streamId, command, context);
        if (command.type === 'PublishFrameworkVersion' && supersedes) {
          decide(
            frameworkVersionDecider,
            frameworkVersionStreamId(supersedes),
            {
              type: 'SupersedeFrameworkVersion',
              data: {
                frameworkVersionId: supersedes,
                supersededBy: command.data.frameworkVersionId,
                on: command.data.publishedOn,
              },
              metadata: {
                ...command.metadata,
                commandId: `${command.metadata.commandId}:supersede`,
              },
            },
            undefined,
          );
        }
        return;
      }
      case 'partnership': {
        const { command } = step;
        if (command.type === 'WithdrawPartner') {
          throw new Error('withdrawals flag commitments in the handler; not replayed here');
        }
        decide(
          partnershipDecider,
          partnershipStreamId(command.data.partnershipId),
          command,
          undefined,
        );
        return;
      }
      case 'agreement': {
        const { command } = step;
        const context =
          command.type === 'DraftAgreement'
            ? draftingContextFrom(
                framework(command.data.frameworkVersionId),
                partnership(command.data.partnershipId),
              )
            : { decision: decision('decision' in command.data ? command.data.decision : null) };
        decide(agreementDecider, agreementStreamId(command.data.agreementId), command, context);
        return;
      }
      case 'observation': {
        const { command } = step;
        const { agreementId, indicatorId } = command.data;
        const context = indicatorObservationsContextFrom(agreement(agreementId), indicatorId);
        decide(
          indicatorObservationsDecider,
          indicatorObservationsStreamId(agreementId, indicatorId),
          command,
          context,
        );
        return;
      }
      case 'commitment': {
        const { command } = step;
        const context =
          command.type === 'ProposeCommitment'
            ? {
                partnership: partnershipFacts(partnership(command.data.partnershipId)),
                agreement: agreementFacts(agreement(command.data.agreementId)),
              }
            : { decision: decision('decision' in command.data ? command.data.decision : null) };
        decide(commitmentDecider, commitmentStreamId(command.data.commitmentId), command, context);
        return;
      }
      case 'meeting': {
        const { command } = step;
        const context =
          command.type === 'HoldBoardMeeting'
            ? meetingContextFrom(partnership(command.data.partnershipId))
            : undefined;
        decide(meetingDecider, meetingStreamId(command.data.meetingId), command, context);
        return;
      }
      case 'engagement': {
        const { command } = step;
        const context =
          command.type === 'RecordEngagementInfluence'
            ? { targetExists: targetExists(command.data.target) }
            : undefined;
        decide(engagementDecider, engagementStreamId(command.data.activityId), command, context);
        return;
      }
    }
  }

  function targetExists(target: RecordEngagementInfluence['data']['target']): boolean {
    if (target.kind === 'commitment') return commitment(target.id).status !== 'none';
    const found = agreement(target.agreementId);
    if (found.status === 'none') return false;
    switch (target.kind) {
      case 'local_outcome':
        return found.localOutcomes.has(target.id);
      case 'indicator':
        return found.indicators.has(target.id);
      case 'agreement_section':
        return found.sections.has(target.id);
      default:
        return false;
    }
  }
}

function partnershipFacts(state: PartnershipState) {
  if (state.status === 'none') return null;
  const current = [...state.partners.values()].filter((partner) => partner.status === 'current');
  return { currentPartnerIds: current.map((partner) => partner.partnerId) };
}

function agreementFacts(state: AgreementState) {
  if (state.status === 'none') return null;
  const inForce = [...state.localOutcomes.values()].filter((o) => o.status === 'active');
  return {
    agreementId: state.agreementId,
    partnershipId: state.partnershipId,
    status:
      state.status === 'closed' || state.status === 'superseded' ? state.status : ('open' as const),
    localOutcomeIds: inForce.map((outcome) => outcome.localOutcomeId),
  };
}
