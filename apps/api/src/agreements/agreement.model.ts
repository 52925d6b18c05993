import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import type {
  AgreementAmendmentRecord,
  AgreementRecord,
  AgreementSectionRecord,
  IndicatorObservationRecord,
  IndicatorRecord,
  IndicatorStatus,
  IntermediateOutcomeRecord,
  LocalOutcomeRecord,
  PeriodValue,
} from '@concordat/read-models';
import { ConnectionOf } from '../graphql/pagination';

@ObjectType('AgreementParty', {
  description: 'A party to the agreement: the council or the government.',
})
export class AgreementPartyModel {
  @Field({ description: 'council or government.' })
  party!: string;

  @Field(() => String, {
    nullable: true,
    description: "The council's partner id in the partnership; null for the government.",
  })
  partnerId!: string | null;
}

@ObjectType('AgreementSignature', {
  description: 'Who signed the agreement for a party, and when.',
})
export class AgreementSignatureModel {
  @Field()
  name!: string;

  @Field()
  role!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  signedOn!: string;
}

@ObjectType('Agreement', {
  description:
    'A single outcome agreement (or a later local outcomes improvement plan or locality plan) between the government and a council, delivered through its partnership, as it now stands.',
})
export class AgreementModel {
  @Field()
  id!: string;

  @Field()
  partnershipId!: string;

  @Field({
    description: 'single_outcome_agreement, local_outcomes_improvement_plan or locality_plan.',
  })
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The part of the area a locality plan covers.',
  })
  locality!: string | null;

  @Field()
  title!: string;

  @Field({ description: 'The national framework version the agreement was made under.' })
  frameworkVersionId!: string;

  @Field({ description: 'First day of the period it covers (YYYY-MM-DD).' })
  periodStart!: string;

  @Field({ description: 'Last day of the period it covers (YYYY-MM-DD).' })
  periodEnd!: string;

  @Field({ description: 'The partner id of the council the agreement is with.' })
  councilPartnerId!: string;

  @Field(() => [AgreementPartyModel])
  parties!: AgreementPartyModel[];

  @Field({ description: 'draft, submitted, agreed, superseded or closed.' })
  status!: string;

  @Field(() => AgreementSignatureModel, {
    nullable: true,
    description: "The council's signature; null until it signs.",
  })
  councilSignature!: AgreementSignatureModel | null;

  @Field(() => AgreementSignatureModel, {
    nullable: true,
    description: "The government's signature; null until it signs.",
  })
  governmentSignature!: AgreementSignatureModel | null;

  @Field(() => String, {
    nullable: true,
    description: 'When both parties had signed (YYYY-MM-DD); null before.',
  })
  agreedOn!: string | null;

  @Field(() => Int, { description: 'How many numbered amendments it has had since it was agreed.' })
  amendmentCount!: number;

  @Field(() => String, { nullable: true, description: 'The agreement that replaced it, if any.' })
  supersededBy!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  supersededOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  closedOn!: string | null;

  @Field(() => String, { nullable: true })
  closedReason!: string | null;

  @Field(() => GraphQLISODateTime)
  draftedAt!: Date;

  @Field(() => GraphQLISODateTime)
  lastChangedAt!: Date;

  @Field({
    description:
      "The agreement stream's revision last applied (a decimal string): send it as expectedRevision.",
  })
  revision!: string;
}

@ObjectType()
export class AgreementConnection extends ConnectionOf(AgreementModel, 'Agreement') {}

@ObjectType('SectionCrossReference', {
  description: "Where a section points into the community plan or a partner's plan.",
})
export class SectionCrossReferenceModel {
  @Field()
  plan!: string;

  @Field()
  reference!: string;
}

@ObjectType('AgreementSection', {
  description:
    "The agreement's section for one national outcome of its framework version: the local priority, the area's profile, key local causes, past trends and cross-references.",
})
export class AgreementSectionModel {
  @Field()
  agreementId!: string;

  @Field()
  nationalOutcomeId!: string;

  @Field(() => Int, {
    description: "The national outcome's place in the framework's list, from 0.",
  })
  ordinal!: number;

  @Field({
    description: 'False until the section is first written; its texts are null until then.',
  })
  written!: boolean;

  @Field(() => String, { nullable: true })
  localPriority!: string | null;

  @Field(() => String, { nullable: true })
  areaProfile!: string | null;

  @Field(() => String, { nullable: true })
  keyLocalCauses!: string | null;

  @Field(() => String, { nullable: true })
  pastTrends!: string | null;

  @Field(() => [SectionCrossReferenceModel])
  crossReferences!: SectionCrossReferenceModel[];
}

@ObjectType('LocalOutcome', {
  description: 'A local outcome the partnership works towards, under one national outcome.',
})
export class LocalOutcomeModel {
  @Field({ description: 'Unique within its agreement.' })
  id!: string;

  @Field()
  agreementId!: string;

  @Field()
  nationalOutcomeId!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field({ description: 'active or retired.' })
  status!: string;

  @Field(() => String, { nullable: true })
  retiredReason!: string | null;
}

@ObjectType('IntermediateOutcome', {
  description:
    'An intermediate outcome agreed between government, council and partners on the way to a local outcome.',
})
export class IntermediateOutcomeModel {
  @Field({ description: 'Unique within its agreement (outcome ids share one set).' })
  id!: string;

  @Field()
  agreementId!: string;

  @Field({ description: 'The local outcome it leads to.' })
  localOutcomeId!: string;

  @Field()
  title!: string;

  @Field({ description: 'active or retired.' })
  status!: string;

  @Field(() => String, { nullable: true })
  retiredReason!: string | null;
}

@ObjectType('IndicatorSource', { description: 'Where an indicator comes from.' })
export class IndicatorSourceModel {
  @Field({ description: 'national, local_menu or local.' })
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The national or menu indicator id; null for a local indicator.',
  })
  id!: string | null;
}

@ObjectType('IndicatorMeasurement', { description: 'A value of an indicator on a date.' })
export class IndicatorMeasurementModel {
  @Field(() => Float)
  value!: number;

  @Field({ description: 'YYYY-MM-DD.' })
  date!: string;
}

@ObjectType('IndicatorPeriodValue', {
  description: 'The current value of one observed period (corrections applied).',
})
export class IndicatorPeriodValueModel {
  @Field()
  observationId!: string;

  @Field({ description: 'As the source labels it, e.g. "2009-10".' })
  period!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  periodStart!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  periodEnd!: string;

  @Field(() => Float)
  value!: number;

  @Field({ description: 'When the value was published (YYYY-MM-DD).' })
  publishedOn!: string;
}

@ObjectType('IndicatorStanding', {
  description:
    'How an indicator stood against its target, worked out from the values published by a given day.',
})
export class IndicatorStandingModel {
  @Field(() => IndicatorPeriodValueModel, {
    nullable: true,
    description: 'The value of the latest period; null when nothing had been published.',
  })
  latest!: IndicatorPeriodValueModel | null;

  @Field(() => IndicatorPeriodValueModel, { nullable: true })
  previous!: IndicatorPeriodValueModel | null;

  @Field(() => String, {
    nullable: true,
    description: 'green, amber or red; null before the first value.',
  })
  rag!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'improving, worsening or steady; null before the second period.',
  })
  trend!: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '(latest - baseline) / (target - baseline) in the direction of improvement; null for maintain.',
  })
  progress!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The share of the baseline-to-target time passed at the latest period end.',
  })
  expectedProgress!: number | null;
}

@ObjectType('Indicator', {
  description:
    'An indicator tracking a local or intermediate outcome, with its baseline, target and direction of improvement, and how it now stands.',
})
export class IndicatorModel {
  @Field({ description: 'Unique within its agreement.' })
  id!: string;

  @Field()
  agreementId!: string;

  @Field()
  partnershipId!: string;

  @Field()
  localOutcomeId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Set when it tracks an intermediate outcome of the local outcome.',
  })
  intermediateOutcomeId!: string | null;

  @Field()
  title!: string;

  @Field(() => IndicatorSourceModel)
  source!: IndicatorSourceModel;

  @Field()
  unit!: string;

  @Field(() => IndicatorMeasurementModel)
  baseline!: IndicatorMeasurementModel;

  @Field(() => IndicatorMeasurementModel)
  target!: IndicatorMeasurementModel;

  @Field({ description: 'The direction of improvement: increase, decrease or maintain.' })
  direction!: string;

  @Field({ description: 'active or retired.' })
  status!: string;

  @Field(() => String, { nullable: true })
  retiredReason!: string | null;

  @Field(() => IndicatorPeriodValueModel, {
    nullable: true,
    description: 'The current value of the latest observed period; null before the first.',
  })
  latestObservation!: IndicatorPeriodValueModel | null;

  @Field(() => String, {
    nullable: true,
    description: 'The period before the latest, whose value the trend compares with.',
  })
  previousPeriod!: string | null;

  @Field(() => Float, { nullable: true, description: "The previous period's current value." })
  previousValue!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'green (target met or on the line from baseline to target), amber (behind the line) or red (no better than the baseline); null before the first value.',
  })
  rag!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'improving, worsening or steady between the latest two periods; null before two.',
  })
  trend!: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '(latest - baseline) / (target - baseline) in the direction of improvement; null for maintain.',
  })
  progress!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The share of the baseline-to-target time passed at the latest period end.',
  })
  expectedProgress!: number | null;
}

@ObjectType('IndicatorObservation', {
  description:
    'One value of an indicator for a period, as published on a date. A correction is an observation of its own naming the one it supersedes.',
})
export class IndicatorObservationModel {
  @Field()
  id!: string;

  @Field()
  agreementId!: string;

  @Field()
  indicatorId!: string;

  @Field({ description: 'As the source labels it, e.g. "2009-10".' })
  period!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  periodStart!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  periodEnd!: string;

  @Field(() => Float)
  value!: number;

  @Field()
  source!: string;

  @Field({ description: 'When the value was published, from which day on it could be known.' })
  publishedOn!: string;

  @Field(() => String, { nullable: true, description: 'The observation this one corrects.' })
  supersedes!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the correction was made.' })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The correction that replaced this value (as known on the day asked about).',
  })
  supersededBy!: string | null;

  @Field({ description: 'Global position of the event that recorded it (a decimal string).' })
  recordedPosition!: string;
}

@ObjectType('AmendmentDecision', {
  description: 'The board decision that approved an amendment: its meeting and decision ids.',
})
export class AmendmentDecisionModel {
  @Field()
  meetingId!: string;

  @Field()
  decisionId!: string;
}

@ObjectType('AgreementAmendment', {
  description: 'One numbered amendment of an agreed agreement, with the board decision behind it.',
})
export class AgreementAmendmentModel {
  @Field()
  agreementId!: string;

  @Field(() => Int, { description: 'Numbered from 1 in the order made.' })
  number!: number;

  @Field(() => AmendmentDecisionModel)
  decision!: AmendmentDecisionModel;

  @Field()
  summary!: string;

  @Field(() => GraphQLISODateTime)
  amendedAt!: Date;
}

// ---- from read-model records ----

function signature(
  name: string | null,
  role: string | null,
  signedOn: string | null,
): AgreementSignatureModel | null {
  return name !== null && role !== null && signedOn !== null ? { name, role, signedOn } : null;
}

export function toAgreement(record: AgreementRecord): AgreementModel {
  return {
    id: record.agreementId,
    partnershipId: record.partnershipId,
    kind: record.kind,
    locality: record.locality,
    title: record.title,
    frameworkVersionId: record.frameworkVersionId,
    periodStart: record.periodStart,
    periodEnd: record.periodEnd,
    councilPartnerId: record.councilPartnerId,
    parties: record.parties.map(({ party, partnerId }) => ({ party, partnerId })),
    status: record.status,
    councilSignature: signature(
      record.councilSignatoryName,
      record.councilSignatoryRole,
      record.councilSignedOn,
    ),
    governmentSignature: signature(
      record.governmentSignatoryName,
      record.governmentSignatoryRole,
      record.governmentSignedOn,
    ),
    agreedOn: record.agreedOn,
    amendmentCount: record.amendmentCount,
    supersededBy: record.supersededBy,
    supersededOn: record.supersededOn,
    closedOn: record.closedOn,
    closedReason: record.closedReason,
    draftedAt: record.draftedAt,
    lastChangedAt: record.lastChangedAt,
    revision: record.lastRevision,
  };
}

export function toSection(record: AgreementSectionRecord): AgreementSectionModel {
  return {
    agreementId: record.agreementId,
    nationalOutcomeId: record.nationalOutcomeId,
    ordinal: record.ordinal,
    written: record.written,
    localPriority: record.localPriority,
    areaProfile: record.areaProfile,
    keyLocalCauses: record.keyLocalCauses,
    pastTrends: record.pastTrends,
    crossReferences: record.crossReferences.map(({ plan, reference }) => ({ plan, reference })),
  };
}

export function toLocalOutcome(record: LocalOutcomeRecord): LocalOutcomeModel {
  return {
    id: record.localOutcomeId,
    agreementId: record.agreementId,
    nationalOutcomeId: record.nationalOutcomeId,
    title: record.title,
    description: record.description,
    status: record.status,
    retiredReason: record.retiredReason,
  };
}

export function toIntermediateOutcome(record: IntermediateOutcomeRecord): IntermediateOutcomeModel {
  return {
    id: record.intermediateOutcomeId,
    agreementId: record.agreementId,
    localOutcomeId: record.localOutcomeId,
    title: record.title,
    status: record.status,
    retiredReason: record.retiredReason,
  };
}

function latestOf(record: IndicatorRecord): IndicatorPeriodValueModel | null {
  const { latestObservationId, latestPeriod, latestPeriodStart, latestPeriodEnd } = record;
  if (
    latestObservationId === null ||
    latestPeriod === null ||
    latestPeriodStart === null ||
    latestPeriodEnd === null ||
    record.latestValue === null ||
    record.latestPublishedOn === null
  ) {
    return null;
  }
  return {
    observationId: latestObservationId,
    period: latestPeriod,
    periodStart: latestPeriodStart,
    periodEnd: latestPeriodEnd,
    value: record.latestValue,
    publishedOn: record.latestPublishedOn,
  };
}

export function toIndicator(record: IndicatorRecord): IndicatorModel {
  return {
    id: record.indicatorId,
    agreementId: record.agreementId,
    partnershipId: record.partnershipId,
    localOutcomeId: record.localOutcomeId,
    intermediateOutcomeId: record.intermediateOutcomeId,
    title: record.title,
    source: { kind: record.sourceKind, id: record.sourceId },
    unit: record.unit,
    baseline: { value: record.baselineValue, date: record.baselineDate },
    target: { value: record.targetValue, date: record.targetDate },
    direction: record.direction,
    status: record.status,
    retiredReason: record.retiredReason,
    latestObservation: latestOf(record),
    previousPeriod: record.previousPeriod,
    previousValue: record.previousValue,
    rag: record.rag,
    trend: record.trend,
    progress: record.progress,
    expectedProgress: record.expectedProgress,
  };
}

function periodValue(value: PeriodValue | null): IndicatorPeriodValueModel | null {
  return value === null
    ? null
    : {
        observationId: value.observationId,
        period: value.period,
        periodStart: value.periodStart,
        periodEnd: value.periodEnd,
        value: value.value,
        publishedOn: value.publishedOn,
      };
}

export function toStanding(status: IndicatorStatus | null): IndicatorStandingModel {
  return {
    latest: periodValue(status?.latest ?? null),
    previous: periodValue(status?.previous ?? null),
    rag: status?.rag ?? null,
    trend: status?.trend ?? null,
    progress: status?.progress ?? null,
    expectedProgress: status?.expectedProgress ?? null,
  };
}

export function toObservation(record: IndicatorObservationRecord): IndicatorObservationModel {
  return {
    id: record.observationId,
    agreementId: record.agreementId,
    indicatorId: record.indicatorId,
    period: record.period,
    periodStart: record.periodStart,
    periodEnd: record.periodEnd,
    value: record.value,
    source: record.source,
    publishedOn: record.publishedOn,
    supersedes: record.supersedes,
    reason: record.reason,
    supersededBy: record.supersededBy,
    recordedPosition: record.recordedPosition,
  };
}

export function toAmendment(record: AgreementAmendmentRecord): AgreementAmendmentModel {
  return {
    agreementId: record.agreementId,
    number: record.amendmentNumber,
    decision: { meetingId: record.decisionMeetingId, decisionId: record.decisionId },
    summary: record.summary,
    amendedAt: record.amendedAt,
  };
}
