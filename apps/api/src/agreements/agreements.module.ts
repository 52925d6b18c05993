import { Module } from '@nestjs/common';
import { AgreementMutationsResolver } from './agreement-mutations.resolver';
import { IndicatorObservationMutationsResolver } from './indicator-observation-mutations.resolver';

/** Agreements, their outcomes and indicators, and indicator observations in GraphQL. */
@Module({ providers: [AgreementMutationsResolver, IndicatorObservationMutationsResolver] })
export class AgreementsModule {}
