import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { FrameworkVersionCommandMessage } from '@concordat/application';
import type {
  FrameworkIndicator,
  PublishFrameworkVersion,
  SupersedeFrameworkVersion,
} from '@concordat/domain';
import { CommandPayload } from '../graphql/command-payload.model';
import { CommandSender, expectedRevisionOf, plainData } from '../graphql/command-sender';
import type { RequestContext } from '../graphql/request-context';
import {
  type FrameworkIndicatorInput,
  PublishFrameworkVersionInput,
  SupersedeFrameworkVersionInput,
} from './framework.inputs';

/**
 * Publishing a framework version is the one framework mutation: when the version supersedes
 * another, the application records that on the older version itself (SupersedeFrameworkVersion).
 */
@Resolver()
export class FrameworkMutationsResolver {
  constructor(private readonly sender: CommandSender) {}

  @Mutation(() => CommandPayload, {
    description: 'Records a version of the national framework, which never changes afterwards.',
  })
  publishFrameworkVersion(
    @Args('input') input: PublishFrameworkVersionInput,
    @Context() context: RequestContext,
  ): Promise<CommandPayload> {
    const data: PublishFrameworkVersion['data'] = {
      frameworkVersionId: input.frameworkVersionId,
      label: input.label,
      publishedOn: input.publishedOn,
      purpose: input.purpose,
      strategicObjectives: input.strategicObjectives.map(({ id, title }) => ({ id, title })),
      nationalOutcomes: input.nationalOutcomes.map(({ id, number, title }) => ({
        id,
        number,
        title,
      })),
      nationalIndicators: input.nationalIndicators.map(indicatorOf),
      localIndicatorMenu: input.localIndicatorMenu.map(indicatorOf),
      supersedes: input.supersedes ?? null,
    };
    const command: PublishFrameworkVersion = {
      type: 'PublishFrameworkVersion',
      data: plainData(data),
      metadata: this.sender.metadata(context, input),
    };
    const message = new FrameworkVersionCommandMessage(
      command,
      context.principal,
      expectedRevisionOf(input),
    );
    return this.sender.send(data.frameworkVersionId, message);
  }

  @Mutation(() => CommandPayload, {
    description: 'Marks a published version superseded by a later one, from a date.',
  })
  supersedeFrameworkVersion(
    @Args('input') input: SupersedeFrameworkVersionInput,
    @Context() context: RequestContext,
  ): Promise<CommandPayload> {
    const { frameworkVersionId, supersededBy, on } = input;
    const command: SupersedeFrameworkVersion = {
      type: 'SupersedeFrameworkVersion',
      data: { frameworkVersionId, supersededBy, on },
      metadata: this.sender.metadata(context, input),
    };
    const message = new FrameworkVersionCommandMessage(
      command,
      context.principal,
      expectedRevisionOf(input),
    );
    return this.sender.send(frameworkVersionId, message);
  }
}

function indicatorOf({ id, title, outcomeIds }: FrameworkIndicatorInput): FrameworkIndicator {
  return { id, title, outcomeIds: [...outcomeIds] };
}
