import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { ReadScope } from '@concordat/access-control';
import {
  type ProofSource,
  ProvableLog,
  type PublishedConsistencyProof,
  type PublishedInclusionProof,
  type StoredCheckpoint,
} from '@concordat/audit';
import type { StoredEvent } from '@concordat/event-store';
import { ApiError, ApiErrorCode } from '../graphql/api-error';
import { ensureCanRead, ensureVisible } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { EventLookup, partnershipOfEvent } from './event-lookup';
import {
  ConsistencyProofArgs,
  decimalArgument,
  eventIdArgument,
  InclusionProofArgs,
} from './integrity.args';
import { ConsistencyProofModel, InclusionProofModel } from './integrity.models';
import { refusedInApiTerms } from './proof-refusals';
import { VolatileAnswer } from '../answer-cache/volatile-answer';

@Resolver()
export class ProofResolver {
  constructor(
    private readonly log: ProvableLog,
    private readonly lookup: EventLookup,
  ) {}

  @VolatileAnswer()
  @Query(() => InclusionProofModel, {
    description:
      "That an event is in the log a signed checkpoint commits to: the latest checkpoint, or the one of treeSize. Give the event's globalPosition or its eventId; an event outside the caller's partnerships is not found.",
  })
  async inclusionProof(
    @Args() args: InclusionProofArgs,
    @Context() context: RequestContext,
  ): Promise<PublishedInclusionProof> {
    ensureCanRead(context, 'members');
    const treeSize = args.treeSize ? decimalArgument(args.treeSize, 'treeSize') : undefined;
    const event = await this.visibleEvent(args, context.scope);
    return refusedInApiTerms(async () => {
      const source = await this.log.proofSource();
      return source.inclusionProof(event, checkpointOf(source, treeSize));
    });
  }

  @VolatileAnswer()
  @Query(() => ConsistencyProofModel, {
    description:
      'That the tree of the checkpoint of fromTreeSize is a prefix of the tree of the checkpoint of toTreeSize.',
  })
  async consistencyProof(
    @Args() args: ConsistencyProofArgs,
    @Context() context: RequestContext,
  ): Promise<PublishedConsistencyProof> {
    ensureCanRead(context, 'members');
    const from = decimalArgument(args.fromTreeSize, 'fromTreeSize');
    const to = decimalArgument(args.toTreeSize, 'toTreeSize');
    if (from > to) {
      throw ApiError.validation([
        { field: 'fromTreeSize', message: 'must be no larger than toTreeSize' },
      ]);
    }
    return refusedInApiTerms(async () => {
      const source = await this.log.proofSource();
      return source.consistencyProof(checkpointOf(source, from), checkpointOf(source, to));
    });
  }

  /** Exactly one of globalPosition and eventId; an event the caller may not see is not found. */
  private async visibleEvent(args: InclusionProofArgs, scope: ReadScope): Promise<StoredEvent> {
    const { globalPosition, eventId } = args;
    if (globalPosition && !eventId) {
      const position = decimalArgument(globalPosition, 'globalPosition');
      return visibleTo(
        scope,
        await this.lookup.atPosition(position),
        'event at position',
        globalPosition,
      );
    }
    if (eventId && !globalPosition) {
      return visibleTo(scope, await this.lookup.withId(eventIdArgument(eventId)), 'event', eventId);
    }
    throw ApiError.validation([
      { field: 'globalPosition', message: 'give exactly one of globalPosition and eventId' },
    ]);
  }
}

/** The event when the scope sees its partnership; NOT_FOUND, as for no such event, otherwise. */
function visibleTo(
  scope: ReadScope,
  event: StoredEvent | undefined,
  what: string,
  id: string,
): StoredEvent {
  const row = event && { event, partnershipId: partnershipOfEvent(event) };
  return ensureVisible(scope, row, what, id).event;
}

/** The checkpoint of that tree size, or the latest one. */
function checkpointOf(source: ProofSource, treeSize: bigint | undefined): StoredCheckpoint {
  const checkpoint = treeSize === undefined ? source.latest() : source.ofTreeSize(treeSize);
  if (checkpoint) return checkpoint;
  throw treeSize === undefined
    ? new ApiError(ApiErrorCode.NotFound, 'no checkpoint has been signed yet')
    : ApiError.notFound('checkpoint of tree size', treeSize.toString());
}
