import { Module } from '@nestjs/common';

/** Commitments and the accountability matrix in GraphQL. */
@Module({ providers: [] })
export class CommitmentsModule {}
