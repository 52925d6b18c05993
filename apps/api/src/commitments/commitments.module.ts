import { Module } from '@nestjs/common';
import {
  AccountabilityMatrixOutcomeResolver,
  AccountabilityMatrixPartnerResolver,
  AccountabilityMatrixResolver,
} from './accountability-matrix.resolver';
import { CommitmentMutationsResolver } from './commitment-mutations.resolver';
import {
  CommitmentFlagResolver,
  CommitmentPartyResolver,
  CommitmentsResolver,
} from './commitments.resolver';

/** Commitments and the accountability matrix in GraphQL. */
@Module({
  providers: [
    CommitmentMutationsResolver,
    CommitmentsResolver,
    CommitmentPartyResolver,
    CommitmentFlagResolver,
    AccountabilityMatrixResolver,
    AccountabilityMatrixPartnerResolver,
    AccountabilityMatrixOutcomeResolver,
  ],
})
export class CommitmentsModule {}
