import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AgreementState } from '@concordat/domain';
import { AccessDenied } from '@concordat/access-control';
import {
  agreementAsOf,
  agreementChanges,
  ChangesOutOfOrder,
  draftedIn,
  StreamHistory,
  type StreamSnapshot,
} from '@concordat/time-travel';
import { ApiError } from '../graphql/api-error';
import { ensureCanRead, ensureVisible } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import {
  AgreementChangeModel,
  AgreementChangesModel,
  toAgreementChanges,
} from './agreement-changes.model';
import { AgreementSnapshotModel } from './agreement-snapshot.model';
import { asOfFrom } from './as-of.input';
import { ChangesArgs } from './time-travel.args';
import { toAgreementSnapshot } from './to-agreement-snapshot';

@Resolver(() => AgreementChangeModel)
export class AgreementChangesResolver {
  constructor(private readonly history: StreamHistory) {}

  @Query(() => AgreementChangesModel, {
    description:
      'What changed in an agreement after one point up to another, computed from its events: ' +
      'each event with its actor, the decision it cites, and the fields it changed. NOT_FOUND ' +
      'when the agreement did not exist at `to`; VALIDATION_FAILED when `from` is after `to`.',
  })
  async agreementChanges(
    @Args() { id, from, to }: ChangesArgs,
    @Context() context: RequestContext,
  ): Promise<AgreementChangesModel> {
    ensureCanRead(context, 'members');
    const [since, until] = [asOfFrom(from, 'from'), asOfFrom(to, 'to')];
    // Who may see it is settled first, so that nothing else tells an agreement out of scope.
    const end = await agreementAsOf(this.history, id, until);
    ensureVisible(
      context.scope,
      end && { partnershipId: end.state.partnershipId },
      'agreement',
      id,
    );
    const changes = await agreementChanges(this.history, id, since, until).catch(
      (error: unknown) => {
        if (!(error instanceof ChangesOutOfOrder)) throw error;
        throw ApiError.validation([{ field: 'from', message: error.message }]);
      },
    );
    if (!changes) throw AccessDenied.notFound('agreement', id);
    return toAgreementChanges(id, changes);
  }

  @ResolveField(() => AgreementSnapshotModel, {
    nullable: true,
    description: 'The agreement before the event; null before it was drafted.',
  })
  before(@Parent() change: AgreementChangeModel): AgreementSnapshotModel | null {
    return change.folded.before && snapshotOf(change.folded.before);
  }

  @ResolveField(() => AgreementSnapshotModel, { description: 'The agreement after the event.' })
  after(@Parent() change: AgreementChangeModel): AgreementSnapshotModel {
    return snapshotOf(change.folded.after);
  }
}

function snapshotOf(snapshot: StreamSnapshot<AgreementState>): AgreementSnapshotModel {
  const drafted = draftedIn(snapshot);
  if (!drafted) throw new Error('an agreement stream begins with its drafting');
  return toAgreementSnapshot(drafted);
}
