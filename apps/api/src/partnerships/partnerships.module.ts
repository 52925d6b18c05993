import { Module } from '@nestjs/common';
import { PartnerResolver } from './partner.resolver';
import { PartnershipMutationsResolver } from './partnership-mutations.resolver';
import { BoardSeatResolver, PartnershipResolver } from './partnership.resolver';

/** Partnerships in GraphQL: their mutations, and (with the read model) their queries. */
@Module({
  providers: [
    PartnershipMutationsResolver,
    PartnershipResolver,
    PartnerResolver,
    BoardSeatResolver,
  ],
})
export class PartnershipsModule {}
