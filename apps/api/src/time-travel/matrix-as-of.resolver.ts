import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { agreementAsOf, matrixAsOf, partnershipAsOf, StreamHistory } from '@concordat/time-travel';
import { ApiError } from '../graphql/api-error';
import { ensureCanRead, ensureVisible } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { READ_MODELS } from '../read-models/read-models.module';
import { toMatrix } from '../commitments/accountability-matrix.resolver';
import { asOfFrom } from './as-of.input';
import {
  AccountabilityMatrixOutcomeSnapshotModel,
  AccountabilityMatrixSnapshotModel,
} from './matrix-snapshot.model';
import { commitmentIdsOf } from './partnership-commitment-ids';
import { AccountabilityMatrixAsOfArgs } from './time-travel.args';

@Resolver()
export class MatrixAsOfResolver {
  constructor(
    private readonly history: StreamHistory,
    @Inject(READ_MODELS) private readonly readModels: DataSource,
  ) {}

  @Query(() => AccountabilityMatrixSnapshotModel, {
    description:
      'The accountability matrix as it stood at an instant: NOT_FOUND before the partnership ' +
      'was established (or the agreement drafted), or outside what the caller may read.',
  })
  async accountabilityMatrixAsOf(
    @Args() { partnershipId, agreementId = null, at }: AccountabilityMatrixAsOfArgs,
    @Context() context: RequestContext,
  ): Promise<AccountabilityMatrixSnapshotModel> {
    ensureCanRead(context, 'members');
    const asOf = asOfFrom(at, 'at');
    if (!('instant' in asOf)) {
      throw ApiError.validation([
        { field: 'at', message: 'a matrix spans many streams: give an instant, not a revision' },
      ]);
    }
    const partnership = await partnershipAsOf(this.history, partnershipId, asOf);
    ensureVisible(
      context.scope,
      partnership && { partnershipId: partnership.state.partnershipId },
      'Partnership',
      partnershipId,
    );
    if (agreementId !== null) {
      const agreement = await agreementAsOf(this.history, agreementId, asOf);
      if (agreement?.state.partnershipId !== partnershipId) {
        throw ApiError.notFound('Agreement', agreementId);
      }
    }
    const ids = await commitmentIdsOf(this.readModels, partnershipId, agreementId);
    const cells = await matrixAsOf(this.history, ids, asOf.instant);
    const matrix = toMatrix(partnershipId, agreementId, cells);
    return {
      ...matrix,
      asOf: new Date(asOf.instant),
      outcomes: await Promise.all(
        matrix.outcomes.map(async ({ agreementId: of, id }) => {
          const agreement = await agreementAsOf(this.history, of, asOf);
          const title = agreement?.state.localOutcomes.get(id)?.title ?? null;
          return { agreementId: of, id, title } satisfies AccountabilityMatrixOutcomeSnapshotModel;
        }),
      ),
    };
  }
}
