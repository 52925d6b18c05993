import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { EngagementCommandMessage } from '@concordat/application';
import type { EngagementCommand } from '@concordat/domain';
import { CommandPayload } from '../graphql/command-payload.model';
import { CommandSender } from '../graphql/command-sender';
import type { CommandInput } from '../graphql/command-input';
import type { RequestContext } from '../graphql/request-context';
import {
  RecordEngagementActivityInput,
  RecordEngagementFeedbackGivenInput,
  RecordEngagementInfluenceInput,
} from './engagement.inputs';

type DataOf<T extends EngagementCommand['type']> = Extract<EngagementCommand, { type: T }>['data'];

/** GraphQL gives an omitted field as undefined and an explicit one as null: both mean absent. */
function given<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

/** One mutation per engagement command: validate, build the command, send it. */
@Resolver()
export class EngagementMutationsResolver {
  constructor(private readonly sender: CommandSender) {}

  private send<T extends EngagementCommand['type']>(
    type: T,
    data: DataOf<T>,
    input: CommandInput,
    context: RequestContext,
  ): Promise<CommandPayload> {
    return this.sender.sendCommand(
      EngagementCommandMessage,
      data.activityId,
      type,
      data,
      input,
      context,
    );
  }

  /** The command's optional fields are left out, not null, when the input omits them. */
  @Mutation(() => CommandPayload)
  recordEngagementActivity(
    @Args('input') input: RecordEngagementActivityInput,
    @Context() context: RequestContext,
  ) {
    const { activityId, partnershipId, agreementId, held, method, peopleReached, summary } = input;
    return this.send(
      'RecordEngagementActivity',
      {
        activityId,
        partnershipId,
        ...(given(agreementId) ? { agreementId } : {}),
        held: { from: held.from, ...(given(held.to) ? { to: held.to } : {}) },
        method,
        participants: input.participants.map(
          ({ name, kind, partnerId, representsDisadvantagedPeople }) => ({
            name,
            kind,
            ...(given(partnerId) ? { partnerId } : {}),
            representsDisadvantagedPeople,
          }),
        ),
        ...(given(peopleReached) ? { peopleReached } : {}),
        summary,
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  recordEngagementInfluence(
    @Args('input') input: RecordEngagementInfluenceInput,
    @Context() context: RequestContext,
  ) {
    const { activityId, partnershipId, influenceId, target, whatChanged } = input;
    return this.send(
      'RecordEngagementInfluence',
      {
        activityId,
        partnershipId,
        influenceId,
        target: { kind: target.kind, id: target.id, agreementId: target.agreementId },
        whatChanged,
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  recordEngagementFeedbackGiven(
    @Args('input') input: RecordEngagementFeedbackGivenInput,
    @Context() context: RequestContext,
  ) {
    const { activityId, partnershipId, givenOn, channel, text } = input;
    return this.send(
      'RecordEngagementFeedbackGiven',
      { activityId, partnershipId, givenOn, channel, text },
      input,
      context,
    );
  }
}
