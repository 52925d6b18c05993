import type { FrameworkVersionPublished, FrameworkVersionSuperseded } from '@concordat/domain';
import type { StoredEvent } from '@concordat/event-store';
import type { Projection, ProjectionWrites } from '../infrastructure/projection';

/**
 * National framework versions (stream `framework-version-<id>`): what each says, and whether a
 * later version has replaced it. A published version never changes, so its outcomes, indicators
 * and menu are written once, keyed by their ids; only the status moves, guarded by the revision.
 */
export const frameworksProjection: Projection = {
  name: 'frameworks',
  version: 1,
  eventTypes: new Set(['FrameworkVersionPublished', 'FrameworkVersionSuperseded']),
  ddl: `
    CREATE TABLE framework_versions (
      framework_version_id text PRIMARY KEY,
      label text NOT NULL,
      published_on date NOT NULL,
      purpose text NOT NULL,
      supersedes text,
      status text NOT NULL CHECK (status IN ('published', 'superseded')),
      superseded_by text,
      superseded_on date,
      published_at timestamptz NOT NULL,
      last_revision bigint NOT NULL
    );
    CREATE INDEX framework_versions_by_date ON framework_versions (published_on, framework_version_id);

    CREATE TABLE strategic_objectives (
      framework_version_id text NOT NULL,
      objective_id text NOT NULL,
      position integer NOT NULL,
      title text NOT NULL,
      PRIMARY KEY (framework_version_id, objective_id)
    );

    CREATE TABLE national_outcomes (
      framework_version_id text NOT NULL,
      outcome_id text NOT NULL,
      number integer NOT NULL,
      title text NOT NULL,
      PRIMARY KEY (framework_version_id, outcome_id)
    );

    CREATE TABLE framework_indicators (
      framework_version_id text NOT NULL,
      list text NOT NULL CHECK (list IN ('national', 'local_menu')),
      indicator_id text NOT NULL,
      position integer NOT NULL,
      title text NOT NULL,
      outcome_ids text[] NOT NULL,
      PRIMARY KEY (framework_version_id, list, indicator_id)
    );
  `,
  async apply(tx: ProjectionWrites, event: StoredEvent): Promise<void> {
    const revision = event.streamRevision.toString();
    if (event.type === 'FrameworkVersionPublished') {
      await publish(tx, dataOf<FrameworkVersionPublished['data']>(event), event, revision);
    } else if (event.type === 'FrameworkVersionSuperseded') {
      const data = dataOf<FrameworkVersionSuperseded['data']>(event);
      tx.write(
        `UPDATE framework_versions
            SET status = 'superseded', superseded_by = $2, superseded_on = $3, last_revision = $4
          WHERE framework_version_id = $1 AND last_revision < $4`,
        [data.frameworkVersionId, data.supersededBy, data.on, revision],
      );
    }
  },
};

async function publish(
  tx: ProjectionWrites,
  data: FrameworkVersionPublished['data'],
  event: StoredEvent,
  revision: string,
): Promise<void> {
  const id = data.frameworkVersionId;
  tx.write(
    `INSERT INTO framework_versions VALUES ($1, $2, $3, $4, $5, 'published', NULL, NULL, $6, $7)
     ON CONFLICT (framework_version_id) DO NOTHING`,
    [
      id,
      data.label,
      data.publishedOn,
      data.purpose,
      data.supersedes,
      event.metadata.occurredAt,
      revision,
    ],
  );
  for (const [position, objective] of data.strategicObjectives.entries()) {
    tx.write(
      `INSERT INTO strategic_objectives VALUES ($1, $2, $3, $4)
       ON CONFLICT (framework_version_id, objective_id) DO NOTHING`,
      [id, objective.id, position + 1, objective.title],
    );
  }
  for (const outcome of data.nationalOutcomes) {
    tx.write(
      `INSERT INTO national_outcomes VALUES ($1, $2, $3, $4)
       ON CONFLICT (framework_version_id, outcome_id) DO NOTHING`,
      [id, outcome.id, outcome.number, outcome.title],
    );
  }
  const lists = [
    ['national', data.nationalIndicators],
    ['local_menu', data.localIndicatorMenu],
  ] as const;
  for (const [list, indicators] of lists) {
    for (const [position, indicator] of indicators.entries()) {
      tx.write(
        `INSERT INTO framework_indicators VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (framework_version_id, list, indicator_id) DO NOTHING`,
        [id, list, indicator.id, position + 1, indicator.title, [...indicator.outcomeIds]],
      );
    }
  }
}

/** The event's data as its domain type (these events have no older versions to upcast). */
function dataOf<T>(event: StoredEvent): T {
  return event.data as unknown as T;
}
