import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor } from '../infrastructure/cursor';
import { pageFrom, type PageOf, type PageRequest } from '../infrastructure/page';
import {
  AgreementAmendmentRecord,
  AgreementRecord,
  AgreementSectionRecord,
  IndicatorObservationRecord,
  IndicatorRecord,
  IntermediateOutcomeRecord,
  LocalOutcomeRecord,
} from './agreements.entities';
import { indicatorStatus, type IndicatorDirection, type IndicatorStatus } from './indicator-status';

/** Where the queries read: the read-model data source, or a manager inside its transaction. */
type Reader = DataSource | EntityManager;

/** The largest page a list query returns. */
const MAX_PAGE_SIZE = 100;

export interface AgreementFilter {
  readonly partnershipId?: string | null;
  /** Only the agreements of these partnerships (none when empty): what the reader may see. */
  readonly partnershipIds?: readonly string[] | null;
  /** draft, submitted, agreed, superseded or closed. */
  readonly status?: string | null;
  /** Only agreements in one of these statuses (none when empty): what the public may see. */
  readonly statuses?: readonly string[] | null;
}

/** Outcome ids are unique within an agreement only, so they are looked up with it. */
export interface LocalOutcomeKey {
  readonly agreementId: string;
  readonly localOutcomeId: string;
}

/** A local or an intermediate outcome: they share one set of ids within an agreement. */
export interface OutcomeKey {
  readonly agreementId: string;
  readonly outcomeId: string;
}

export interface IndicatorKey {
  readonly agreementId: string;
  readonly indicatorId: string;
}

export interface ObservationOptions {
  /**
   * YYYY-MM-DD: only what had been published on or before that day, so a correction published
   * later is unknown and the value it replaced is still current (what a board knew then).
   */
  readonly asKnownOn?: string | null;
  /** Also the values that corrections replaced (each with `supersededBy` as then known). */
  readonly includeSuperseded?: boolean;
}

export interface IndicatorStatusAsKnown {
  readonly agreementId: string;
  readonly indicatorId: string;
  /** Null when nothing had been published by then. */
  readonly status: IndicatorStatus | null;
}

export const agreementCursor = (agreement: AgreementRecord): string =>
  encodeCursor([agreement.periodStart, agreement.agreementId]);

function pageSize(page: PageRequest): number {
  return Math.min(Math.max(Math.trunc(page.first), 0), MAX_PAGE_SIZE);
}

/** Agreements by the start of their period, then id, filtered, one page after the cursor. */
export async function listAgreements(
  reader: Reader,
  filter: AgreementFilter,
  page: PageRequest,
): Promise<PageOf<AgreementRecord>> {
  const first = pageSize(page);
  const query = reader
    .getRepository(AgreementRecord)
    .createQueryBuilder('agreement')
    .orderBy('agreement.periodStart', 'ASC')
    .addOrderBy('agreement.agreementId', 'ASC')
    .limit(first + 1);
  if (filter.partnershipId) query.andWhere('agreement.partnershipId = :partnershipId', filter);
  if (filter.partnershipIds) {
    query.andWhere(
      oneOf('agreement.partnershipId', 'partnershipIds', filter.partnershipIds),
      filter,
    );
  }
  if (filter.status) query.andWhere('agreement.status = :status', filter);
  if (filter.statuses)
    query.andWhere(oneOf('agreement.status', 'statuses', filter.statuses), filter);
  if (page.after) {
    const [periodStart, agreementId] = decodeCursor(page.after, 2);
    query.andWhere(
      `(agreement.periodStart > :periodStart
        OR (agreement.periodStart = :periodStart AND agreement.agreementId > :agreementId))`,
      { periodStart, agreementId },
    );
  }
  return pageFrom(await query.getMany(), first, agreementCursor);
}

export async function agreementById(
  reader: Reader,
  agreementId: string,
): Promise<AgreementRecord | null> {
  return reader.getRepository(AgreementRecord).findOneBy({ agreementId });
}

/** Batch: the agreements with these ids (those that exist), in id order. */
export async function agreementsByIds(
  reader: Reader,
  agreementIds: readonly string[],
): Promise<AgreementRecord[]> {
  if (agreementIds.length === 0) return [];
  return reader
    .getRepository(AgreementRecord)
    .createQueryBuilder('agreement')
    .where('agreement.agreementId IN (:...agreementIds)', { agreementIds: unique(agreementIds) })
    .orderBy('agreement.agreementId', 'ASC')
    .getMany();
}

/** Batch: every section of these agreements, in the framework's order of national outcomes. */
export async function sectionsOfAgreements(
  reader: Reader,
  agreementIds: readonly string[],
): Promise<AgreementSectionRecord[]> {
  if (agreementIds.length === 0) return [];
  return reader
    .getRepository(AgreementSectionRecord)
    .createQueryBuilder('section')
    .where('section.agreementId IN (:...agreementIds)', { agreementIds: unique(agreementIds) })
    .orderBy('section.agreementId', 'ASC')
    .addOrderBy('section.ordinal', 'ASC')
    .getMany();
}

/** Batch: every local outcome of these agreements, retired ones too, in the order added. */
export async function localOutcomesOfAgreements(
  reader: Reader,
  agreementIds: readonly string[],
): Promise<LocalOutcomeRecord[]> {
  if (agreementIds.length === 0) return [];
  return reader
    .getRepository(LocalOutcomeRecord)
    .createQueryBuilder('outcome')
    .where('outcome.agreementId IN (:...agreementIds)', { agreementIds: unique(agreementIds) })
    .orderBy('outcome.agreementId', 'ASC')
    .addOrderBy('outcome.addedPosition', 'ASC')
    .getMany();
}

/** Batch: the local outcomes with these keys (their titles for the accountability matrix). */
export async function localOutcomesByIds(
  reader: Reader,
  keys: readonly LocalOutcomeKey[],
): Promise<LocalOutcomeRecord[]> {
  if (keys.length === 0) return [];
  const rows = await inKeys(
    reader.getRepository(LocalOutcomeRecord).createQueryBuilder('outcome'),
    'outcome',
    keys.map((key) => [key.agreementId, key.localOutcomeId]),
    'localOutcomeId',
  )
    .orderBy('outcome.agreementId', 'ASC')
    .addOrderBy('outcome.addedPosition', 'ASC')
    .getMany();
  const wanted = keySet(keys.map((key) => [key.agreementId, key.localOutcomeId]));
  return rows.filter((row) => wanted.has(pair(row.agreementId, row.localOutcomeId)));
}

/** Batch: the intermediate outcomes under these local outcomes, retired ones too. */
export async function intermediateOutcomesOfLocalOutcomes(
  reader: Reader,
  keys: readonly LocalOutcomeKey[],
): Promise<IntermediateOutcomeRecord[]> {
  if (keys.length === 0) return [];
  const rows = await inKeys(
    reader.getRepository(IntermediateOutcomeRecord).createQueryBuilder('outcome'),
    'outcome',
    keys.map((key) => [key.agreementId, key.localOutcomeId]),
    'localOutcomeId',
  )
    .orderBy('outcome.agreementId', 'ASC')
    .addOrderBy('outcome.localOutcomeId', 'ASC')
    .addOrderBy('outcome.addedPosition', 'ASC')
    .getMany();
  const wanted = keySet(keys.map((key) => [key.agreementId, key.localOutcomeId]));
  return rows.filter((row) => wanted.has(pair(row.agreementId, row.localOutcomeId)));
}

/**
 * Batch: the indicators tracking these outcomes. A key naming a local outcome matches the
 * indicators of that outcome, including those that track one of its intermediate outcomes
 * (their `intermediateOutcomeId` says which); a key naming an intermediate outcome matches
 * only that outcome's. Group with `indicatorTracks`.
 */
export async function indicatorsOfOutcomes(
  reader: Reader,
  keys: readonly OutcomeKey[],
): Promise<IndicatorRecord[]> {
  if (keys.length === 0) return [];
  const agreementIds = unique(keys.map((key) => key.agreementId));
  const outcomeIds = unique(keys.map((key) => key.outcomeId));
  const rows = await reader
    .getRepository(IndicatorRecord)
    .createQueryBuilder('indicator')
    .where('indicator.agreementId IN (:...agreementIds)', { agreementIds })
    .andWhere(
      `(indicator.localOutcomeId IN (:...outcomeIds)
        OR indicator.intermediateOutcomeId IN (:...outcomeIds))`,
      { outcomeIds },
    )
    .orderBy('indicator.agreementId', 'ASC')
    .addOrderBy('indicator.addedPosition', 'ASC')
    .getMany();
  return rows.filter((row) => keys.some((key) => indicatorTracks(row, key)));
}

/** Whether the indicator is one of `indicatorsOfOutcomes` for the key. */
export function indicatorTracks(
  indicator: Pick<IndicatorRecord, 'agreementId' | 'localOutcomeId' | 'intermediateOutcomeId'>,
  key: OutcomeKey,
): boolean {
  return (
    indicator.agreementId === key.agreementId &&
    (indicator.localOutcomeId === key.outcomeId ||
      indicator.intermediateOutcomeId === key.outcomeId)
  );
}

/** Batch: the indicators with these keys. */
export async function indicatorsByIds(
  reader: Reader,
  keys: readonly IndicatorKey[],
): Promise<IndicatorRecord[]> {
  if (keys.length === 0) return [];
  const pairs = keys.map((key): [string, string] => [key.agreementId, key.indicatorId]);
  const rows = await inKeys(
    reader.getRepository(IndicatorRecord).createQueryBuilder('indicator'),
    'indicator',
    pairs,
    'indicatorId',
  )
    .orderBy('indicator.agreementId', 'ASC')
    .addOrderBy('indicator.addedPosition', 'ASC')
    .getMany();
  const wanted = keySet(pairs);
  return rows.filter((row) => wanted.has(pair(row.agreementId, row.indicatorId)));
}

/** Batch: the numbered amendments of these agreements, in order. */
export async function amendmentsOfAgreements(
  reader: Reader,
  agreementIds: readonly string[],
): Promise<AgreementAmendmentRecord[]> {
  if (agreementIds.length === 0) return [];
  return reader
    .getRepository(AgreementAmendmentRecord)
    .createQueryBuilder('amendment')
    .where('amendment.agreementId IN (:...agreementIds)', { agreementIds: unique(agreementIds) })
    .orderBy('amendment.agreementId', 'ASC')
    .addOrderBy('amendment.amendmentNumber', 'ASC')
    .getMany();
}

/**
 * Batch: the observations of these indicators, by indicator then period (oldest first). By
 * default only the current value of each period, now or, with `asKnownOn`, as it could be known
 * on that day (bitemporal: what had been published by then, corrections published later not
 * yet applied). `includeSuperseded` adds the values corrections replaced.
 */
export async function observationsOfIndicators(
  reader: Reader,
  keys: readonly IndicatorKey[],
  options: ObservationOptions = {},
): Promise<IndicatorObservationRecord[]> {
  if (keys.length === 0) return [];
  const pairs = keys.map((key): [string, string] => [key.agreementId, key.indicatorId]);
  const query = inKeys(
    reader.getRepository(IndicatorObservationRecord).createQueryBuilder('observation'),
    'observation',
    pairs,
    'indicatorId',
  )
    .orderBy('observation.agreementId', 'ASC')
    .addOrderBy('observation.indicatorId', 'ASC')
    .addOrderBy('observation.periodEnd', 'ASC')
    .addOrderBy('observation.periodStart', 'ASC')
    .addOrderBy('observation.period', 'ASC')
    .addOrderBy('observation.recordedPosition', 'ASC');
  const asKnownOn = options.asKnownOn ?? null;
  if (asKnownOn !== null) {
    query.andWhere('observation.publishedOn <= :asKnownOn', { asKnownOn });
    if (!options.includeSuperseded) {
      query.andWhere(
        `NOT EXISTS (
           SELECT 1 FROM rm_agreements.observations correction
            WHERE correction.agreement_id = observation.agreement_id
              AND correction.indicator_id = observation.indicator_id
              AND correction.supersedes = observation.observation_id
              AND correction.published_on <= :asKnownOn)`,
      );
    }
  } else if (!options.includeSuperseded) {
    query.andWhere('observation.supersededBy IS NULL');
  }
  const wanted = keySet(pairs);
  const rows = (await query.getMany()).filter((row) =>
    wanted.has(pair(row.agreementId, row.indicatorId)),
  );
  if (asKnownOn === null) return rows;
  // A correction published after the day was not known then: neither was its superseding.
  const known = keySet(rows.map((row) => [row.agreementId, row.indicatorId, row.observationId]));
  for (const row of rows) {
    if (row.supersededBy && !known.has(pair(row.agreementId, row.indicatorId, row.supersededBy))) {
      row.supersededBy = null;
    }
  }
  return rows;
}

/**
 * Batch: each indicator's latest value, RAG status and trend as they could be known on a day,
 * worked out from the values published by then (the indicator's current definition: baseline,
 * target and direction as they now stand).
 */
export async function indicatorStatusesAsKnownOn(
  reader: Reader,
  keys: readonly IndicatorKey[],
  asKnownOn: string,
): Promise<IndicatorStatusAsKnown[]> {
  const indicators = await indicatorsByIds(reader, keys);
  const observations = await observationsOfIndicators(reader, keys, { asKnownOn });
  return indicators.map((indicator) => {
    const values = observations
      .filter(
        (o) => o.agreementId === indicator.agreementId && o.indicatorId === indicator.indicatorId,
      )
      .map((o) => ({
        observationId: o.observationId,
        period: o.period,
        periodStart: o.periodStart,
        periodEnd: o.periodEnd,
        value: o.value,
        publishedOn: o.publishedOn,
      }));
    const goal = {
      baseline: { value: indicator.baselineValue, date: indicator.baselineDate },
      target: { value: indicator.targetValue, date: indicator.targetDate },
      direction: indicator.direction as IndicatorDirection,
    };
    return {
      agreementId: indicator.agreementId,
      indicatorId: indicator.indicatorId,
      status: indicatorStatus(goal, values),
    };
  });
}

/**
 * Narrows to rows whose agreement is one of the keys' and whose `idProperty` is one of theirs,
 * in one query; callers drop the few cross pairs no key asked for.
 */
function inKeys<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  pairs: readonly (readonly [string, string])[],
  idProperty: string,
): SelectQueryBuilder<T> {
  return query
    .where(`${alias}.agreementId IN (:...keyAgreementIds)`, {
      keyAgreementIds: unique(pairs.map(([agreementId]) => agreementId)),
    })
    .andWhere(`${alias}.${idProperty} IN (:...keyIds)`, {
      keyIds: unique(pairs.map(([, id]) => id)),
    });
}

/** `column IN (:...parameter)`, or a condition no row meets when the list is empty. */
function oneOf(column: string, parameter: string, values: readonly string[]): string {
  return values.length === 0 ? '1 = 0' : `${column} IN (:...${parameter})`;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function pair(...parts: readonly string[]): string {
  return JSON.stringify(parts);
}

function keySet(keys: readonly (readonly string[])[]): Set<string> {
  return new Set(keys.map((parts) => pair(...parts)));
}
