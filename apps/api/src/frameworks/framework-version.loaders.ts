import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  indicatorsOfFrameworks,
  nationalOutcomesOfFrameworks,
  strategicObjectivesOfFrameworks,
  type FrameworkIndicatorView,
  type NationalOutcomeView,
  type StrategicObjectiveView,
} from '@concordat/read-models';
import { groupByKey } from '../graphql/loaders';
import type { RequestContext } from '../graphql/request-context';

/** The frameworks read model's DataLoaders for one request, keyed by framework version id. */

const byVersion = (row: { frameworkVersionId: string }) => row.frameworkVersionId;

export function strategicObjectivesLoader(
  context: RequestContext,
  source: DataSource,
): DataLoader<string, StrategicObjectiveView[], string> {
  return context.loaders.get<string, StrategicObjectiveView[]>(
    'frameworks.strategicObjectives',
    async (ids) => groupByKey(ids, await strategicObjectivesOfFrameworks(source, ids), byVersion),
    (id) => id,
  );
}

export function nationalOutcomesLoader(
  context: RequestContext,
  source: DataSource,
): DataLoader<string, NationalOutcomeView[], string> {
  return context.loaders.get<string, NationalOutcomeView[]>(
    'frameworks.nationalOutcomes',
    async (ids) => groupByKey(ids, await nationalOutcomesOfFrameworks(source, ids), byVersion),
    (id) => id,
  );
}

/** Both indicator lists in one lookup: national indicators and the local menu share it. */
export function indicatorsLoader(
  context: RequestContext,
  source: DataSource,
): DataLoader<string, FrameworkIndicatorView[], string> {
  return context.loaders.get<string, FrameworkIndicatorView[]>(
    'frameworks.indicators',
    async (ids) => groupByKey(ids, await indicatorsOfFrameworks(source, ids), byVersion),
    (id) => id,
  );
}
