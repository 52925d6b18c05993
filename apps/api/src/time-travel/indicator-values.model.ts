import { ArgsType, Field, Float, ObjectType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import type { PeriodAsKnown, RecordedObservation } from '@concordat/time-travel';
import { CALENDAR_DATE } from '../graphql/command-input';
import { RecordedEventModel, toRecordedEvent } from './recorded-event.model';

@ObjectType('IndicatorRecordedValue', {
  description: 'A value of an indicator for a period, as published, with the event recording it.',
})
export class IndicatorRecordedValueModel {
  @Field()
  observationId!: string;

  @Field(() => Float)
  value!: number;

  @Field()
  source!: string;

  @Field({ description: 'When it was published (YYYY-MM-DD): from then on it could be known.' })
  publishedOn!: string;

  @Field(() => String, { nullable: true, description: 'The value this one corrected.' })
  supersedes!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was corrected.' })
  reason!: string | null;

  @Field(() => RecordedEventModel, { description: 'The event that recorded it, and who sent it.' })
  recordedBy!: RecordedEventModel;
}

@ObjectType('IndicatorPeriodAsKnown', {
  description:
    "One period's value as it could be known on a day, beside its value now and every value " +
    'published since (bitemporal: the period observed, and when each value was published).',
})
export class IndicatorPeriodAsKnownModel {
  @Field()
  period!: string;

  @Field()
  periodStart!: string;

  @Field()
  periodEnd!: string;

  @Field(() => IndicatorRecordedValueModel, {
    nullable: true,
    description: 'The latest value published on or before the day; null if none was yet.',
  })
  asKnown!: IndicatorRecordedValueModel | null;

  @Field(() => IndicatorRecordedValueModel, { description: 'The value now.' })
  current!: IndicatorRecordedValueModel;

  @Field({ description: 'True when a correction published after the day replaced that value.' })
  correctedSince!: boolean;

  @Field(() => [IndicatorRecordedValueModel], {
    description: 'The values published after the day, oldest first.',
  })
  publishedSince!: IndicatorRecordedValueModel[];
}

@ArgsType()
export class ValuesAsKnownArgs {
  @Field({ description: 'YYYY-MM-DD: the values as they could be known on that day.' })
  @Matches(CALENDAR_DATE, { message: 'asKnownOn must be a calendar date (YYYY-MM-DD)' })
  asKnownOn!: string;
}

function toRecordedValue(observation: RecordedObservation): IndicatorRecordedValueModel {
  return {
    observationId: observation.observationId,
    value: observation.value,
    source: observation.source,
    publishedOn: observation.publishedOn,
    supersedes: observation.supersedes,
    reason: observation.reason,
    recordedBy: toRecordedEvent(observation.event),
  };
}

export function toPeriodAsKnown(period: PeriodAsKnown): IndicatorPeriodAsKnownModel {
  return {
    period: period.period,
    periodStart: period.periodStart,
    periodEnd: period.periodEnd,
    asKnown: period.asKnown && toRecordedValue(period.asKnown),
    current: toRecordedValue(period.current),
    correctedSince:
      period.asKnown !== null && period.asKnown.observationId !== period.current.observationId,
    publishedSince: period.publishedSince.map(toRecordedValue),
  };
}
