import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import {
  agreementAsOf,
  commitmentAsOf,
  partnershipAsOf,
  StreamHistory,
} from '@concordat/time-travel';
import { ensureCanRead, ensureVisible } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { asOfFrom } from './as-of.input';
import { AgreementSnapshotModel } from './agreement-snapshot.model';
import { CommitmentSnapshotModel } from './commitment-snapshot.model';
import { PartnershipSnapshotModel, toPartnershipSnapshot } from './partnership-snapshot.model';
import { AsOfArgs } from './time-travel.args';
import { toAgreementSnapshot } from './to-agreement-snapshot';
import { toCommitmentSnapshot } from './to-commitment-snapshot';

const AS_OF =
  'computed from its events up to that point, not from the read models; NOT_FOUND before it ' +
  'existed, past its last revision, or outside the partnerships the caller may read.';

/** An agreement, a partnership or a commitment as it stood at an instant or a revision. */
@Resolver()
export class TimeTravelResolver {
  constructor(private readonly history: StreamHistory) {}

  @Query(() => AgreementSnapshotModel, { description: `An agreement as it stood: ${AS_OF}` })
  async agreementAsOf(
    @Args() { id, at }: AsOfArgs,
    @Context() context: RequestContext,
  ): Promise<AgreementSnapshotModel> {
    ensureCanRead(context, 'members');
    const snapshot = await agreementAsOf(this.history, id, asOfFrom(at, 'at'));
    const owned = snapshot && { ...snapshot, partnershipId: snapshot.state.partnershipId };
    return toAgreementSnapshot(ensureVisible(context.scope, owned, 'agreement', id));
  }

  @Query(() => PartnershipSnapshotModel, { description: `A partnership as it stood: ${AS_OF}` })
  async partnershipAsOf(
    @Args() { id, at }: AsOfArgs,
    @Context() context: RequestContext,
  ): Promise<PartnershipSnapshotModel> {
    ensureCanRead(context, 'members');
    const snapshot = await partnershipAsOf(this.history, id, asOfFrom(at, 'at'));
    const owned = snapshot && { ...snapshot, partnershipId: snapshot.state.partnershipId };
    return toPartnershipSnapshot(ensureVisible(context.scope, owned, 'partnership', id));
  }

  @Query(() => CommitmentSnapshotModel, { description: `A commitment as it stood: ${AS_OF}` })
  async commitmentAsOf(
    @Args() { id, at }: AsOfArgs,
    @Context() context: RequestContext,
  ): Promise<CommitmentSnapshotModel> {
    ensureCanRead(context, 'members');
    const snapshot = await commitmentAsOf(this.history, id, asOfFrom(at, 'at'));
    const owned = snapshot && {
      ...snapshot,
      partnershipId: snapshot.state.commitment.partnershipId,
    };
    return toCommitmentSnapshot(ensureVisible(context.scope, owned, 'Commitment', id));
  }
}
