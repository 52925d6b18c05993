import { Inject, UseFilters } from '@nestjs/common';
import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { agreementById } from '@concordat/read-models';
import {
  ensureAgreementVisible,
  ensureCanRead,
  ensureSeesPartnership,
  seesOwned,
} from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { READ_MODELS } from '../read-models/read-models.module';
import { ChangeFeed } from './change-feed';
import { ChangeModel } from './change.model';
import { agreementTopic, commitmentsTopic, decisionsTopic } from './change-topics';
import { SubscriptionErrorsFilter } from './subscription-errors.filter';

/**
 * Every change is checked against the subscriber's scope as it is delivered, whatever its topic:
 * checking the subscription alone would trust the topics to hold one partnership's changes only.
 */
const subscription = {
  resolve: (change: ChangeModel) => change,
  filter: (change: ChangeModel, _variables: unknown, context: RequestContext) =>
    seesOwned(context.scope, change),
};

/** Live changes over graphql-ws, for members, of what they may read. */
@Resolver(() => ChangeModel)
@UseFilters(SubscriptionErrorsFilter)
export class ChangesResolver {
  constructor(
    private readonly feed: ChangeFeed,
    @Inject(READ_MODELS) private readonly readModels: DataSource,
  ) {}

  @Subscription(() => ChangeModel, {
    description: 'Every change to an agreement: its content, lifecycle and indicator observations.',
    ...subscription,
  })
  async agreementChanged(
    @Args('agreementId') agreementId: string,
    @Context() context: RequestContext,
  ) {
    ensureCanRead(context, 'members');
    const agreement = await agreementById(this.readModels, agreementId);
    ensureAgreementVisible(context.scope, agreement, 'agreement', agreementId);
    return this.feed.pubSub.asyncIterableIterator(agreementTopic(agreementId));
  }

  @Subscription(() => ChangeModel, {
    description: "Every change to a partnership's commitments.",
    ...subscription,
  })
  commitmentsChanged(
    @Args('partnershipId') partnershipId: string,
    @Context() context: RequestContext,
  ) {
    ensureCanRead(context, 'members');
    ensureSeesPartnership(context.scope, partnershipId);
    return this.feed.pubSub.asyncIterableIterator(commitmentsTopic(partnershipId));
  }

  @Subscription(() => ChangeModel, {
    description: "Every meeting, decision and completed action of a partnership's board.",
    ...subscription,
  })
  decisionsChanged(
    @Args('partnershipId') partnershipId: string,
    @Context() context: RequestContext,
  ) {
    ensureCanRead(context, 'members');
    ensureSeesPartnership(context.scope, partnershipId);
    return this.feed.pubSub.asyncIterableIterator(decisionsTopic(partnershipId));
  }
}
