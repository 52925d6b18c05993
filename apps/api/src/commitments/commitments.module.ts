import { Module } from '@nestjs/common';
import { CommitmentMutationsResolver } from './commitment-mutations.resolver';

/** Commitments and the accountability matrix in GraphQL. */
@Module({ providers: [CommitmentMutationsResolver] })
export class CommitmentsModule {}
