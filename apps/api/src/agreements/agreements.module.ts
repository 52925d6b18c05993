import { Module } from '@nestjs/common';

/** Agreements, their outcomes and indicators, and indicator observations in GraphQL. */
@Module({ providers: [] })
export class AgreementsModule {}
