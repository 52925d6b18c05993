import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  agreementsByIds,
  amendmentsOfAgreements,
  indicatorStatusesAsKnownOn,
  indicatorsByIds,
  indicatorsOfOutcomes,
  indicatorTracks,
  intermediateOutcomesOfLocalOutcomes,
  localOutcomesOfAgreements,
  observationsOfIndicators,
  sectionsOfAgreements,
  type IndicatorKey,
  type LocalOutcomeKey,
  type ObservationOptions,
  type OutcomeKey,
} from '@concordat/read-models';
import { groupByKey, oneByKey } from '../graphql/loaders';
import type { RequestContext } from '../graphql/request-context';
import {
  toAgreement,
  toAmendment,
  toIndicator,
  toIntermediateOutcome,
  toLocalOutcome,
  toObservation,
  toSection,
  toStanding,
  type AgreementAmendmentModel,
  type AgreementModel,
  type AgreementSectionModel,
  type IndicatorModel,
  type IndicatorObservationModel,
  type IndicatorStandingModel,
  type IntermediateOutcomeModel,
  type LocalOutcomeModel,
} from './agreement.model';

/**
 * The agreements feature's DataLoaders, one of each per request: every parent→children and
 * id→thing join goes through one of these, so each level of a query costs one SQL statement
 * however many parents it has.
 */

const pair = (...parts: readonly string[]): string => JSON.stringify(parts);
const indicatorKeyOf = (key: IndicatorKey) => pair(key.agreementId, key.indicatorId);

export function agreementLoader(
  context: RequestContext,
  reader: DataSource,
): DataLoader<string, AgreementModel | null, string> {
  return context.loaders.get<string, AgreementModel | null>(
    'agreements.byId',
    async (ids) =>
      oneByKey(ids, (await agreementsByIds(reader, ids)).map(toAgreement), (a) => a.id),
    String,
  );
}

export function sectionsLoader(
  context: RequestContext,
  reader: DataSource,
): DataLoader<string, AgreementSectionModel[], string> {
  return context.loaders.get<string, AgreementSectionModel[]>(
    'agreements.sections',
    async (ids) =>
      groupByKey(
        ids,
        (await sectionsOfAgreements(reader, ids)).map(toSection),
        (s) => s.agreementId,
      ),
    String,
  );
}

/** Every local outcome of an agreement, retired ones too, in the order added. */
export function localOutcomesLoader(
  context: RequestContext,
  reader: DataSource,
): DataLoader<string, LocalOutcomeModel[], string> {
  return context.loaders.get<string, LocalOutcomeModel[]>(
    'agreements.localOutcomes',
    async (ids) =>
      groupByKey(
        ids,
        (await localOutcomesOfAgreements(reader, ids)).map(toLocalOutcome),
        (outcome) => outcome.agreementId,
      ),
    String,
  );
}

export function intermediateOutcomesLoader(
  context: RequestContext,
  reader: DataSource,
): DataLoader<LocalOutcomeKey, IntermediateOutcomeModel[], string> {
  const keyOf = (key: LocalOutcomeKey) => pair(key.agreementId, key.localOutcomeId);
  return context.loaders.get<LocalOutcomeKey, IntermediateOutcomeModel[]>(
    'agreements.intermediateOutcomes',
    async (keys) =>
      groupByKey(
        keys,
        (await intermediateOutcomesOfLocalOutcomes(reader, keys)).map(toIntermediateOutcome),
        (outcome) => pair(outcome.agreementId, outcome.localOutcomeId),
        keyOf,
      ),
    keyOf,
  );
}

/**
 * The indicators tracking an outcome: for a local outcome, also those of its intermediate
 * outcomes; for an intermediate outcome, only its own.
 */
export function indicatorsOfOutcomeLoader(
  context: RequestContext,
  reader: DataSource,
): DataLoader<OutcomeKey, IndicatorModel[], string> {
  return context.loaders.get<OutcomeKey, IndicatorModel[]>(
    'agreements.indicatorsOfOutcome',
    async (keys) => {
      const rows = await indicatorsOfOutcomes(reader, keys);
      return keys.map((key) => rows.filter((row) => indicatorTracks(row, key)).map(toIndicator));
    },
    (key) => pair(key.agreementId, key.outcomeId),
  );
}

export function indicatorLoader(
  context: RequestContext,
  reader: DataSource,
): DataLoader<IndicatorKey, IndicatorModel | null, string> {
  return context.loaders.get<IndicatorKey, IndicatorModel | null>(
    'agreements.indicatorById',
    async (keys) =>
      oneByKey(
        keys,
        (await indicatorsByIds(reader, keys)).map(toIndicator),
        (indicator) => pair(indicator.agreementId, indicator.id),
        indicatorKeyOf,
      ),
    indicatorKeyOf,
  );
}

/** One loader per set of options, so indicators asked about the same day batch together. */
export function observationsLoader(
  context: RequestContext,
  reader: DataSource,
  options: Required<ObservationOptions>,
): DataLoader<IndicatorKey, IndicatorObservationModel[], string> {
  const name = `agreements.observations:${options.asKnownOn ?? 'now'}:${options.includeSuperseded}`;
  return context.loaders.get<IndicatorKey, IndicatorObservationModel[]>(
    name,
    async (keys) =>
      groupByKey(
        keys,
        (await observationsOfIndicators(reader, keys, options)).map(toObservation),
        (observation) => pair(observation.agreementId, observation.indicatorId),
        indicatorKeyOf,
      ),
    indicatorKeyOf,
  );
}

export function standingLoader(
  context: RequestContext,
  reader: DataSource,
  asKnownOn: string,
): DataLoader<IndicatorKey, IndicatorStandingModel, string> {
  return context.loaders.get<IndicatorKey, IndicatorStandingModel>(
    `agreements.standing:${asKnownOn}`,
    async (keys) => {
      const statuses = await indicatorStatusesAsKnownOn(reader, keys, asKnownOn);
      return oneByKey(
        keys,
        statuses,
        (status) => pair(status.agreementId, status.indicatorId),
        indicatorKeyOf,
      ).map((found) => toStanding(found?.status ?? null));
    },
    indicatorKeyOf,
  );
}

export function amendmentsLoader(
  context: RequestContext,
  reader: DataSource,
): DataLoader<string, AgreementAmendmentModel[], string> {
  return context.loaders.get<string, AgreementAmendmentModel[]>(
    'agreements.amendments',
    async (ids) =>
      groupByKey(
        ids,
        (await amendmentsOfAgreements(reader, ids)).map(toAmendment),
        (amendment) => amendment.agreementId,
      ),
    String,
  );
}
