import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import type {
  FrameworkIndicatorView,
  FrameworkVersionView,
  NationalOutcomeView,
  StrategicObjectiveView,
} from '@concordat/read-models';
import { IDENTIFIER, IDENTIFIER_MESSAGE } from '../graphql/command-input';
import { ConnectionOf, PageArgs } from '../graphql/pagination';

@ObjectType('FrameworkVersion', {
  description:
    "A published version of the national performance framework: the government's purpose, strategic objectives, national outcomes and indicators, and the menu of local indicators. It never changes once published.",
})
export class FrameworkVersionModel {
  @Field({ description: 'The framework version id.' })
  id!: string;

  @Field()
  label!: string;

  @Field({ description: 'The day it was published (YYYY-MM-DD).' })
  publishedOn!: string;

  @Field({ description: "The government's Purpose, as the version states it." })
  purpose!: string;

  @Field(() => String, { nullable: true, description: 'The id of the version this one replaced.' })
  supersedes!: string | null;

  @Field({ description: 'published, or superseded once a later version replaces it.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'The id of the version that replaced it.' })
  supersededBy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The day it was replaced (YYYY-MM-DD); null while current.',
  })
  supersededOn!: string | null;
}

@ObjectType()
export class FrameworkVersionConnection extends ConnectionOf(
  FrameworkVersionModel,
  'FrameworkVersion',
) {}

@ObjectType('StrategicObjective', {
  description: 'One of the strategic objectives of a framework version (wealthier and fairer, …).',
})
export class StrategicObjectiveModel {
  @Field()
  id!: string;

  @Field(() => Int, { description: 'Its place in the published order, from 1.' })
  position!: number;

  @Field()
  title!: string;
}

@ObjectType('NationalOutcome', {
  description: 'A national outcome of a framework version; every agreement has a section for each.',
})
export class NationalOutcomeModel {
  @Field()
  id!: string;

  @Field(() => Int, { description: 'Its number in the framework (1 to 15 in the first one).' })
  number!: number;

  @Field()
  title!: string;
}

@ObjectType('FrameworkIndicator', {
  description: 'A national indicator, or an indicator on the menu of local indicators.',
})
export class FrameworkIndicatorModel {
  @Field()
  id!: string;

  @Field(() => Int, { description: 'Its place in the published list, from 1.' })
  position!: number;

  @Field()
  title!: string;

  @Field(() => [String], { description: 'The national outcomes it measures, by id.' })
  outcomeIds!: string[];
}

@ArgsType()
export class FrameworkVersionsArgs extends PageArgs {}

@ArgsType()
export class FrameworkVersionArgs {
  @Field({ description: 'The framework version id.' })
  @Matches(IDENTIFIER, { message: `id ${IDENTIFIER_MESSAGE}` })
  id!: string;
}

export const toFrameworkVersion = ({
  frameworkVersionId,
  ...rest
}: FrameworkVersionView): FrameworkVersionModel => ({ id: frameworkVersionId, ...rest });

export const toStrategicObjective = (view: StrategicObjectiveView): StrategicObjectiveModel => ({
  id: view.objectiveId,
  position: view.position,
  title: view.title,
});

export const toNationalOutcome = (view: NationalOutcomeView): NationalOutcomeModel => ({
  id: view.outcomeId,
  number: view.number,
  title: view.title,
});

export const toFrameworkIndicator = (view: FrameworkIndicatorView): FrameworkIndicatorModel => ({
  id: view.indicatorId,
  position: view.position,
  title: view.title,
  outcomeIds: [...view.outcomeIds],
});
