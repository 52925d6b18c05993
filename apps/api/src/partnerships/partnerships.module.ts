import { Module } from '@nestjs/common';
import { PartnershipMutationsResolver } from './partnership-mutations.resolver';

/** Partnerships in GraphQL: their mutations, and (with the read model) their queries. */
@Module({ providers: [PartnershipMutationsResolver] })
export class PartnershipsModule {}
