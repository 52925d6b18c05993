import { randomUUID } from 'node:crypto';
import {
  frameworkVersionDecider,
  frameworkVersionStreamId,
  meetingContextFrom,
  meetingDecider,
  meetingStreamId,
  partnershipDecider,
  partnershipStreamId,
  supersededVersionFacts,
  type FrameworkVersionCommand,
} from '@concordat/domain';
import { orkneyDemo } from '@concordat/demo-data';
import {
  replay,
  type Command,
  type Decider,
  type DomainEvent,
  type JsonObject,
} from '@concordat/shared-kernel';
import type { StreamEvent } from './read-model-harness';

/**
 * The frameworks, partnership and board meetings of the Orkney demo story, decided by the real
 * deciders (with the same cross-stream facts the command handlers look up) and returned in the
 * order the story issues them, ready to append to any store.
 */
export function orkneyFrameworksPartnershipAndMeetings(): StreamEvent[] {
  const decided: StreamEvent[] = [];
  const streams = new Map<string, DomainEvent[]>();
  const stateOf = <S, E extends DomainEvent>(
    decider: Pick<Decider<S, never, E, unknown>, 'initialState' | 'evolve'>,
    streamId: string,
  ): S => replay(decider, (streams.get(streamId) ?? []) as unknown as readonly E[]);

  function decide<S, C extends Command, E extends DomainEvent, X>(
    decider: Decider<S, C, E, X>,
    streamId: string,
    command: C,
    context: X,
  ): void {
    const events = decider.decide(command, stateOf(decider, streamId), context);
    streams.set(streamId, [...(streams.get(streamId) ?? []), ...events]);
    for (const event of events) {
      decided.push({
        streamId,
        event: {
          id: randomUUID(),
          type: event.type,
          schemaVersion: event.schemaVersion,
          data: event.data as unknown as JsonObject,
          metadata: {
            actor: command.metadata.actor,
            correlationId: command.metadata.correlationId,
            causationId: command.metadata.causationId,
            commandId: command.metadata.commandId,
            occurredAt: command.metadata.issuedAt,
          },
        },
      });
    }
  }

  const framework = (command: FrameworkVersionCommand) => {
    const streamId = frameworkVersionStreamId(command.data.frameworkVersionId);
    const supersedes = command.type === 'PublishFrameworkVersion' ? command.data.supersedes : null;
    if (command.type !== 'PublishFrameworkVersion' || !supersedes) {
      return decide(frameworkVersionDecider, streamId, command, undefined);
    }
    const older = frameworkVersionStreamId(supersedes);
    const superseded = supersededVersionFacts(stateOf(frameworkVersionDecider, older));
    decide(frameworkVersionDecider, streamId, command, { superseded });
    decide(
      frameworkVersionDecider,
      older,
      {
        type: 'SupersedeFrameworkVersion',
        data: {
          frameworkVersionId: supersedes,
          supersededBy: command.data.frameworkVersionId,
          on: command.data.publishedOn,
        },
        metadata: { ...command.metadata, commandId: `${command.metadata.commandId}:supersede` },
      },
      undefined,
    );
  };

  for (const step of orkneyDemo()) {
    switch (step.aggregate) {
      case 'framework':
        framework(step.command);
        break;
      case 'partnership':
        decide(
          partnershipDecider,
          partnershipStreamId(step.command.data.partnershipId),
          step.command,
          undefined,
        );
        break;
      case 'meeting': {
        const { command } = step;
        const context =
          command.type === 'HoldBoardMeeting'
            ? meetingContextFrom(
                stateOf(partnershipDecider, partnershipStreamId(command.data.partnershipId)),
              )
            : undefined;
        decide(meetingDecider, meetingStreamId(command.data.meetingId), command, context);
        break;
      }
      case 'agreement':
      case 'observation':
      case 'commitment':
      case 'engagement':
        break;
    }
  }
  return decided;
}
