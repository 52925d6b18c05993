import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { IndicatorObservationCommandMessage } from '@concordat/application';
import type { IndicatorObservationCommand } from '@concordat/domain';
import { CommandPayload } from '../graphql/command-payload.model';
import { CommandSender } from '../graphql/command-sender';
import type { CommandInput } from '../graphql/command-input';
import type { RequestContext } from '../graphql/request-context';
import {
  CorrectIndicatorObservationInput,
  RecordIndicatorObservationInput,
} from './indicator-observation.inputs';

type DataOf<T extends IndicatorObservationCommand['type']> = Extract<
  IndicatorObservationCommand,
  { type: T }
>['data'];

/**
 * One mutation per observation command. Each indicator's observations are one aggregate (one
 * stream per indicator of an agreement), so the payload's id is the indicatorId and its revision
 * that stream's.
 */
@Resolver()
export class IndicatorObservationMutationsResolver {
  constructor(private readonly sender: CommandSender) {}

  private send<T extends IndicatorObservationCommand['type']>(
    type: T,
    data: DataOf<T>,
    input: CommandInput,
    context: RequestContext,
  ): Promise<CommandPayload> {
    return this.sender.sendCommand(
      IndicatorObservationCommandMessage,
      data.indicatorId,
      type,
      data,
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  recordIndicatorObservation(
    @Args('input') input: RecordIndicatorObservationInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, agreementId, indicatorId, observationId } = input;
    return this.send(
      'RecordIndicatorObservation',
      {
        partnershipId,
        agreementId,
        indicatorId,
        observationId,
        period: input.period,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        value: input.value,
        source: input.source,
        publishedOn: input.publishedOn,
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  correctIndicatorObservation(
    @Args('input') input: CorrectIndicatorObservationInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, agreementId, indicatorId, observationId } = input;
    return this.send(
      'CorrectIndicatorObservation',
      {
        partnershipId,
        agreementId,
        indicatorId,
        observationId,
        value: input.value,
        source: input.source,
        publishedOn: input.publishedOn,
        supersedes: input.supersedes,
        reason: input.reason,
      },
      input,
      context,
    );
  }
}
