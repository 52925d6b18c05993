import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import type { DecisionReference } from '@concordat/domain';
import type { RecordedEvent } from '@concordat/time-travel';

@ObjectType('DecisionReference', {
  description: 'A decision recorded at a board meeting: the meeting, and the decision within it.',
})
export class DecisionReferenceModel {
  @Field()
  meetingId!: string;

  @Field()
  decisionId!: string;
}

@ObjectType('RecordedEvent', {
  description: 'An event as an auditor cites it: which one, where in the log, when, and by whom.',
})
export class RecordedEventModel {
  @Field()
  eventId!: string;

  @Field()
  type!: string;

  @Field()
  streamId!: string;

  @Field({ description: 'Its revision in its stream (a decimal string).' })
  revision!: string;

  @Field({ description: 'Its position in the global log (a decimal string).' })
  globalPosition!: string;

  @Field(() => GraphQLISODateTime, { description: "The store's clock when it was recorded." })
  recordedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it happened, as its command said.' })
  occurredAt!: Date;

  @Field({ description: 'Who caused it: the verified actor of its command.' })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'The command that caused it.' })
  commandId!: string | null;

  @Field({ description: 'Ties together everything one request set in motion.' })
  correlationId!: string;
}

export function toRecordedEvent(event: RecordedEvent): RecordedEventModel {
  return {
    eventId: event.eventId,
    type: event.type,
    streamId: event.streamId,
    revision: event.revision.toString(),
    globalPosition: event.position.toString(),
    recordedAt: new Date(event.recordedAt),
    occurredAt: new Date(event.occurredAt),
    actor: event.actor,
    commandId: event.commandId,
    correlationId: event.correlationId,
  };
}

export const toDecisionReference = (
  decision: DecisionReference | null,
): DecisionReferenceModel | null =>
  decision && { meetingId: decision.meetingId, decisionId: decision.decisionId };
