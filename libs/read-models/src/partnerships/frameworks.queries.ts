import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '../infrastructure/cursor';
import { pageFrom, type PageOf, type PageRequest } from '../infrastructure/page';

/** Reads of the frameworks read model; plain objects, dates as `YYYY-MM-DD`. */

export interface FrameworkVersionView {
  readonly frameworkVersionId: string;
  readonly label: string;
  readonly publishedOn: string;
  readonly purpose: string;
  readonly supersedes: string | null;
  readonly status: 'published' | 'superseded';
  readonly supersededBy: string | null;
  readonly supersededOn: string | null;
}

export interface StrategicObjectiveView {
  readonly frameworkVersionId: string;
  readonly objectiveId: string;
  readonly position: number;
  readonly title: string;
}

export interface NationalOutcomeView {
  readonly frameworkVersionId: string;
  readonly outcomeId: string;
  readonly number: number;
  readonly title: string;
}

export type FrameworkIndicatorList = 'national' | 'local_menu';

export interface FrameworkIndicatorView {
  readonly frameworkVersionId: string;
  readonly list: FrameworkIndicatorList;
  readonly indicatorId: string;
  readonly position: number;
  readonly title: string;
  readonly outcomeIds: readonly string[];
}

type ReadSource = DataSource | EntityManager;

const MAX_PAGE_SIZE = 100;

const S = 'rm_frameworks';

const VERSION_COLUMNS = `
  framework_version_id AS "frameworkVersionId", label, published_on::text AS "publishedOn",
  purpose, supersedes, status, superseded_by AS "supersededBy",
  superseded_on::text AS "supersededOn"`;

function pageSize(page: PageRequest): number {
  return Math.min(Math.max(Math.trunc(page.first), 0), MAX_PAGE_SIZE);
}

/** Every framework version, oldest first (by publication date). */
export async function listFrameworkVersions(
  source: ReadSource,
  page: PageRequest,
): Promise<PageOf<FrameworkVersionView>> {
  const first = pageSize(page);
  const params: unknown[] = [first + 1];
  let after = '';
  if (page.after) {
    const [publishedOn, id] = decodeCursor(page.after, 2);
    params.push(publishedOn, id);
    after = 'WHERE (published_on, framework_version_id) > ($2::date, $3)';
  }
  const rows: FrameworkVersionView[] = await source.query(
    `SELECT ${VERSION_COLUMNS} FROM ${S}.framework_versions ${after}
      ORDER BY published_on, framework_version_id LIMIT $1`,
    params,
  );
  return pageFrom(rows, first, (row) => encodeCursor([row.publishedOn, row.frameworkVersionId]));
}

export async function frameworkVersionById(
  source: ReadSource,
  frameworkVersionId: string,
): Promise<FrameworkVersionView | null> {
  const [row] = await frameworkVersionsByIds(source, [frameworkVersionId]);
  return row ?? null;
}

/** Batch lookup: the framework versions with these ids (e.g. agreements' frameworks). */
export async function frameworkVersionsByIds(
  source: ReadSource,
  frameworkVersionIds: readonly string[],
): Promise<FrameworkVersionView[]> {
  if (frameworkVersionIds.length === 0) return [];
  return source.query(
    `SELECT ${VERSION_COLUMNS} FROM ${S}.framework_versions
      WHERE framework_version_id = ANY($1::text[])
      ORDER BY published_on, framework_version_id`,
    [[...frameworkVersionIds]],
  );
}

/** Batch lookup: each framework version's national outcomes, by number. */
export async function nationalOutcomesOfFrameworks(
  source: ReadSource,
  frameworkVersionIds: readonly string[],
): Promise<NationalOutcomeView[]> {
  if (frameworkVersionIds.length === 0) return [];
  return source.query(
    `SELECT framework_version_id AS "frameworkVersionId", outcome_id AS "outcomeId", number, title
       FROM ${S}.national_outcomes
      WHERE framework_version_id = ANY($1::text[])
      ORDER BY framework_version_id, number, outcome_id`,
    [[...frameworkVersionIds]],
  );
}

/** Batch lookup: each framework version's strategic objectives, in published order. */
export async function strategicObjectivesOfFrameworks(
  source: ReadSource,
  frameworkVersionIds: readonly string[],
): Promise<StrategicObjectiveView[]> {
  if (frameworkVersionIds.length === 0) return [];
  return source.query(
    `SELECT framework_version_id AS "frameworkVersionId", objective_id AS "objectiveId",
            position, title
       FROM ${S}.strategic_objectives
      WHERE framework_version_id = ANY($1::text[])
      ORDER BY framework_version_id, position`,
    [[...frameworkVersionIds]],
  );
}

/**
 * Batch lookup: each framework version's national indicators and local indicator menu (or
 * only the one `list` asked for), in published order.
 */
export async function indicatorsOfFrameworks(
  source: ReadSource,
  frameworkVersionIds: readonly string[],
  list?: FrameworkIndicatorList,
): Promise<FrameworkIndicatorView[]> {
  if (frameworkVersionIds.length === 0) return [];
  return source.query(
    `SELECT framework_version_id AS "frameworkVersionId", list, indicator_id AS "indicatorId",
            position, title, outcome_ids AS "outcomeIds"
       FROM ${S}.framework_indicators
      WHERE framework_version_id = ANY($1::text[]) AND ($2::text IS NULL OR list = $2)
      ORDER BY framework_version_id, list, position`,
    [[...frameworkVersionIds], list ?? null],
  );
}
