import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { indicatorValuesAsKnownOn, StreamHistory } from '@concordat/time-travel';
import { IndicatorModel } from '../agreements/agreement.model';
import { ensureCanRead } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import {
  IndicatorPeriodAsKnownModel,
  toPeriodAsKnown,
  ValuesAsKnownArgs,
} from './indicator-values.model';

/** Adds to Indicator what an auditor asks of its values: known then, against corrected since. */
@Resolver(() => IndicatorModel)
export class IndicatorValuesResolver {
  constructor(private readonly history: StreamHistory) {}

  @ResolveField(() => [IndicatorPeriodAsKnownModel], {
    description:
      'For members: each observed period, oldest first, with its value as it could be known on ' +
      'asKnownOn (published by then), its value now, and every value published since with the ' +
      'event that recorded it; computed from the observation events.',
  })
  async valuesAsKnownOn(
    @Parent() indicator: IndicatorModel,
    @Args() { asKnownOn }: ValuesAsKnownArgs,
    @Context() context: RequestContext,
  ): Promise<IndicatorPeriodAsKnownModel[]> {
    ensureCanRead(context, 'members');
    const periods = await indicatorValuesAsKnownOn(
      this.history,
      indicator.agreementId,
      indicator.id,
      asKnownOn,
    );
    return periods.map(toPeriodAsKnown);
  }
}
