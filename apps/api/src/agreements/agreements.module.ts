import { Module } from '@nestjs/common';
import {
  AgreementSectionResolver,
  IndicatorResolver,
  IntermediateOutcomeResolver,
  LocalOutcomeResolver,
} from './agreement-content.resolvers';
import { AgreementMutationsResolver } from './agreement-mutations.resolver';
import { AgreementQueriesResolver } from './agreement-queries.resolver';
import { IndicatorObservationMutationsResolver } from './indicator-observation-mutations.resolver';

/** Agreements, their outcomes and indicators, and indicator observations in GraphQL. */
@Module({
  providers: [
    AgreementMutationsResolver,
    IndicatorObservationMutationsResolver,
    AgreementQueriesResolver,
    AgreementSectionResolver,
    LocalOutcomeResolver,
    IntermediateOutcomeResolver,
    IndicatorResolver,
  ],
})
export class AgreementsModule {}
