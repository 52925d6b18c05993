import { Inject } from '@nestjs/common';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { ensureCanRead } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { READ_MODELS } from '../read-models/read-models.module';
import { influencesOnLoader } from '../engagement/engagement-loaders';
import { EngagementInfluenceModel } from '../engagement/engagement.model';
import { ObservationsArgs, StandingArgs } from './agreement.args';
import {
  AgreementSectionModel,
  IndicatorModel,
  IndicatorObservationModel,
  IndicatorStandingModel,
  IntermediateOutcomeModel,
  LocalOutcomeModel,
} from './agreement.model';
import {
  indicatorsOfOutcomeLoader,
  intermediateOutcomesLoader,
  localOutcomesLoader,
  observationsLoader,
  standingLoader,
} from './agreement-loaders';

const INFLUENCES =
  'How community engagement shaped it, in the order the influences were recorded. For members: the public reads the agreement, not the engagement behind it.';

@Resolver(() => AgreementSectionModel)
export class AgreementSectionResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @ResolveField(() => [LocalOutcomeModel], {
    description: 'The local outcomes under this national outcome, retired ones too, as added.',
  })
  async localOutcomes(
    @Parent() section: AgreementSectionModel,
    @Context() context: RequestContext,
  ): Promise<LocalOutcomeModel[]> {
    const outcomes = await localOutcomesLoader(context, this.readModels).load(section.agreementId);
    return outcomes.filter((outcome) => outcome.nationalOutcomeId === section.nationalOutcomeId);
  }

  @ResolveField(() => [EngagementInfluenceModel], { description: INFLUENCES })
  influences(
    @Parent() section: AgreementSectionModel,
    @Context() context: RequestContext,
  ): Promise<EngagementInfluenceModel[]> {
    ensureCanRead(context, 'members');
    return influencesOnLoader(context, this.readModels).load({
      kind: 'agreement_section',
      id: section.nationalOutcomeId,
      agreementId: section.agreementId,
    });
  }
}

@Resolver(() => LocalOutcomeModel)
export class LocalOutcomeResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @ResolveField(() => [IntermediateOutcomeModel], {
    description: 'Its intermediate outcomes, retired ones too, in the order added.',
  })
  intermediateOutcomes(
    @Parent() outcome: LocalOutcomeModel,
    @Context() context: RequestContext,
  ): Promise<IntermediateOutcomeModel[]> {
    return intermediateOutcomesLoader(context, this.readModels).load({
      agreementId: outcome.agreementId,
      localOutcomeId: outcome.id,
    });
  }

  @ResolveField(() => [IndicatorModel], {
    description:
      'Every indicator tracking it, including those that track one of its intermediate outcomes (intermediateOutcomeId says which), in the order added.',
  })
  indicators(
    @Parent() outcome: LocalOutcomeModel,
    @Context() context: RequestContext,
  ): Promise<IndicatorModel[]> {
    return indicatorsOfOutcomeLoader(context, this.readModels).load({
      agreementId: outcome.agreementId,
      outcomeId: outcome.id,
    });
  }

  @ResolveField(() => [EngagementInfluenceModel], { description: INFLUENCES })
  influences(
    @Parent() outcome: LocalOutcomeModel,
    @Context() context: RequestContext,
  ): Promise<EngagementInfluenceModel[]> {
    ensureCanRead(context, 'members');
    return influencesOnLoader(context, this.readModels).load({
      kind: 'local_outcome',
      id: outcome.id,
      agreementId: outcome.agreementId,
    });
  }
}

@Resolver(() => IntermediateOutcomeModel)
export class IntermediateOutcomeResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @ResolveField(() => [IndicatorModel], {
    description: 'The indicators tracking this intermediate outcome, in the order added.',
  })
  indicators(
    @Parent() outcome: IntermediateOutcomeModel,
    @Context() context: RequestContext,
  ): Promise<IndicatorModel[]> {
    return indicatorsOfOutcomeLoader(context, this.readModels).load({
      agreementId: outcome.agreementId,
      outcomeId: outcome.id,
    });
  }
}

@Resolver(() => IndicatorModel)
export class IndicatorResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @ResolveField(() => [IndicatorObservationModel], {
    description:
      'Its values by period, oldest first: the current value of each period, now or as known on asKnownOn (bitemporal), and with includeSuperseded also the values corrections replaced.',
  })
  observations(
    @Parent() indicator: IndicatorModel,
    @Args() args: ObservationsArgs,
    @Context() context: RequestContext,
  ): Promise<IndicatorObservationModel[]> {
    const options = {
      asKnownOn: args.asKnownOn ?? null,
      includeSuperseded: args.includeSuperseded ?? false,
    };
    return observationsLoader(context, this.readModels, options).load({
      agreementId: indicator.agreementId,
      indicatorId: indicator.id,
    });
  }

  @ResolveField(() => IndicatorStandingModel, {
    description:
      'How it stood on a past day: latest value, RAG and trend from the values published by then (against its current baseline, target and direction). What a board knew at its meeting.',
  })
  standingAsKnownOn(
    @Parent() indicator: IndicatorModel,
    @Args() { asKnownOn }: StandingArgs,
    @Context() context: RequestContext,
  ): Promise<IndicatorStandingModel> {
    return standingLoader(context, this.readModels, asKnownOn).load({
      agreementId: indicator.agreementId,
      indicatorId: indicator.id,
    });
  }

  @ResolveField(() => [EngagementInfluenceModel], { description: INFLUENCES })
  influences(
    @Parent() indicator: IndicatorModel,
    @Context() context: RequestContext,
  ): Promise<EngagementInfluenceModel[]> {
    ensureCanRead(context, 'members');
    return influencesOnLoader(context, this.readModels).load({
      kind: 'indicator',
      id: indicator.id,
      agreementId: indicator.agreementId,
    });
  }
}
