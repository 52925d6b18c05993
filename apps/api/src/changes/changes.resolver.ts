import { Args, Resolver, Subscription } from '@nestjs/graphql';
import { ChangeFeed } from './change-feed';
import { ChangeModel } from './change.model';
import { agreementTopic, commitmentsTopic, decisionsTopic } from './change-topics';

/** Live changes over graphql-ws. */
@Resolver(() => ChangeModel)
export class ChangesResolver {
  constructor(private readonly feed: ChangeFeed) {}

  @Subscription(() => ChangeModel, {
    description: 'Every change to an agreement: its content, lifecycle and indicator observations.',
    resolve: (change: ChangeModel) => change,
  })
  agreementChanged(@Args('agreementId') agreementId: string) {
    return this.feed.pubSub.asyncIterableIterator(agreementTopic(agreementId));
  }

  @Subscription(() => ChangeModel, {
    description: "Every change to a partnership's commitments.",
    resolve: (change: ChangeModel) => change,
  })
  commitmentsChanged(@Args('partnershipId') partnershipId: string) {
    return this.feed.pubSub.asyncIterableIterator(commitmentsTopic(partnershipId));
  }

  @Subscription(() => ChangeModel, {
    description: "Every meeting, decision and completed action of a partnership's board.",
    resolve: (change: ChangeModel) => change,
  })
  decisionsChanged(@Args('partnershipId') partnershipId: string) {
    return this.feed.pubSub.asyncIterableIterator(decisionsTopic(partnershipId));
  }
}
