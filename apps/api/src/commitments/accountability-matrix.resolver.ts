import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import {
  accountabilityMatrix,
  agreementById,
  partnershipById,
  type AccountabilityCell,
} from '@concordat/read-models';
import { ApiError } from '../graphql/api-error';
import { ensureCanRead, ensureVisible } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { READ_MODELS } from '../read-models/read-models.module';
import {
  AccountabilityMatrixArgs,
  AccountabilityMatrixModel,
  AccountabilityMatrixOutcomeModel,
  AccountabilityMatrixPartnerModel,
} from './accountability-matrix.model';
import { CommitmentLoaders } from './commitment-loaders';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The matrix from its cells: the distinct partners are its rows, the distinct outcomes its columns. */
export function toMatrix(
  partnershipId: string,
  agreementId: string | null,
  cells: readonly AccountabilityCell[],
): AccountabilityMatrixModel {
  const partners = new Map<string, AccountabilityMatrixPartnerModel>();
  const outcomes = new Map<string, AccountabilityMatrixOutcomeModel>();
  for (const cell of cells) {
    partners.set(cell.partnerId, { partnershipId, id: cell.partnerId });
    outcomes.set(`${cell.agreementId}\u0000${cell.localOutcomeId}`, {
      agreementId: cell.agreementId,
      id: cell.localOutcomeId,
    });
  }
  return {
    partnershipId,
    agreementId,
    partners: [...partners.values()].sort((a, b) => byText(a.id, b.id)),
    outcomes: [...outcomes.values()].sort(
      (a, b) => byText(a.agreementId, b.agreementId) || byText(a.id, b.id),
    ),
    cells: cells.map((cell) => ({
      partnerId: cell.partnerId,
      agreementId: cell.agreementId,
      localOutcomeId: cell.localOutcomeId,
      commitments: cell.commitments.map((commitment) => ({
        id: commitment.commitmentId,
        status: commitment.status,
        latestProgress: commitment.latestProgress,
      })),
      pledged: { ...cell.pledged },
      delivered: { ...cell.delivered },
    })),
  };
}

@Resolver(() => AccountabilityMatrixModel)
export class AccountabilityMatrixResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Query(() => AccountabilityMatrixModel, {
    description:
      "The accountability picture at a glance: each partner's commitments to each local " +
      'outcome, with their status, latest progress, and resources pledged and delivered.',
  })
  async accountabilityMatrix(
    @Args() args: AccountabilityMatrixArgs,
    @Context() context: RequestContext,
  ): Promise<AccountabilityMatrixModel> {
    ensureCanRead(context, 'members');
    const { partnershipId } = args;
    const agreementId = args.agreementId ?? null;
    const partnership = await partnershipById(this.readModels, partnershipId);
    ensureVisible(context.scope, partnership, 'Partnership', partnershipId);
    if (agreementId !== null) {
      const agreement = await agreementById(this.readModels, agreementId);
      if (agreement?.partnershipId !== partnershipId) {
        throw ApiError.notFound('Agreement', agreementId);
      }
    }
    const cells = await accountabilityMatrix(this.readModels, partnershipId, { agreementId });
    return toMatrix(partnershipId, agreementId, cells);
  }
}

@Resolver(() => AccountabilityMatrixPartnerModel)
export class AccountabilityMatrixPartnerResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @ResolveField(() => String, { nullable: true })
  name(
    @Parent() partner: AccountabilityMatrixPartnerModel,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    return new CommitmentLoaders(this.readModels, context).partnerName(
      partner.partnershipId,
      partner.id,
    );
  }
}

@Resolver(() => AccountabilityMatrixOutcomeModel)
export class AccountabilityMatrixOutcomeResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @ResolveField(() => String, { nullable: true })
  title(
    @Parent() outcome: AccountabilityMatrixOutcomeModel,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    return new CommitmentLoaders(this.readModels, context).localOutcomeTitle(
      outcome.agreementId,
      outcome.id,
    );
  }
}
