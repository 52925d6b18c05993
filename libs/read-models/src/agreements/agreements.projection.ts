import type {
  AgreementAgreed,
  AgreementAmended,
  AgreementClosed,
  AgreementDrafted,
  AgreementSigned,
  AgreementSuperseded,
  IndicatorAdded,
  IndicatorObservationCorrected,
  IndicatorObservationRecorded,
  IndicatorRetired,
  IndicatorRevised,
  IntermediateOutcomeAdded,
  IntermediateOutcomeRetired,
  IntermediateOutcomeRevised,
  LocalOutcomeAdded,
  LocalOutcomeRetired,
  LocalOutcomeRevised,
  SectionWritten,
} from '@concordat/domain';
import type { StoredEvent } from '@concordat/event-store';
import type { Projection, ProjectionWrites } from '../infrastructure/projection';
import { indicatorStatus, type IndicatorDirection, type PeriodValue } from './indicator-status';

/**
 * Agreements as they now stand: each agreement with its status and signatures, its sections,
 * local and intermediate outcomes, indicators and amendments; and every indicator observation
 * ever published, corrections beside what they replaced.
 *
 * Each indicator row also carries its LATEST current observation (the value of the period that
 * ends last, after corrections), the value of the period before it, and from them its RAG
 * status and trend, as defined in `indicator-status.ts`:
 *
 * - progress = (latest - baseline) / (target - baseline), in the direction of improvement;
 * - expected progress = the share of the baseline-to-target time passed at the latest
 *   period's end (the straight line from baseline to target);
 * - GREEN when the target is met or progress >= expected progress, AMBER when better than the
 *   baseline but behind the line, RED when no better than the baseline; for `maintain`, GREEN
 *   within 2% of the target level, AMBER within 5%, RED beyond;
 * - trend improving / worsening / steady from the previous period's current value to the
 *   latest's, in the direction of improvement (`maintain`: steady within 2% of the target
 *   level, else by which is closer to the target).
 *
 * These columns are recomputed from the stored rows whenever an observation arrives or the
 * indicator's definition changes, so they never depend on the order they were first written in.
 *
 * Idempotent: the agreement row keeps the last revision of its stream applied, and an
 * agreement event at or below it is skipped whole; child rows keep the revision that last
 * changed them too. Observations are keyed by their ids and inserted once.
 */
export const agreementsProjection: Projection = {
  name: 'agreements',
  version: 1,
  eventTypes: new Set([
    'AgreementDrafted',
    'SectionWritten',
    'LocalOutcomeAdded',
    'LocalOutcomeRevised',
    'LocalOutcomeRetired',
    'IntermediateOutcomeAdded',
    'IntermediateOutcomeRevised',
    'IntermediateOutcomeRetired',
    'IndicatorAdded',
    'IndicatorRevised',
    'IndicatorRetired',
    'AgreementAmended',
    'AgreementSubmitted',
    'AgreementReturnedToDraft',
    'AgreementSigned',
    'AgreementAgreed',
    'AgreementSuperseded',
    'AgreementClosed',
    'IndicatorObservationRecorded',
    'IndicatorObservationCorrected',
  ]),
  ddl: `
    CREATE TABLE agreements (
      agreement_id text PRIMARY KEY,
      partnership_id text NOT NULL,
      kind text NOT NULL,
      locality text,
      title text NOT NULL,
      framework_version_id text NOT NULL,
      period_start date NOT NULL,
      period_end date NOT NULL,
      council_partner_id text NOT NULL,
      parties jsonb NOT NULL,
      status text NOT NULL,
      council_signatory_name text,
      council_signatory_role text,
      council_signed_on date,
      government_signatory_name text,
      government_signatory_role text,
      government_signed_on date,
      agreed_on date,
      amendment_count integer NOT NULL DEFAULT 0,
      superseded_by text,
      superseded_on date,
      closed_on date,
      closed_reason text,
      drafted_at timestamptz NOT NULL,
      last_changed_at timestamptz NOT NULL,
      last_revision bigint NOT NULL
    );
    CREATE INDEX agreements_by_partnership ON agreements (partnership_id, period_start, agreement_id);
    CREATE INDEX agreements_by_period ON agreements (period_start, agreement_id);

    CREATE TABLE sections (
      agreement_id text NOT NULL,
      national_outcome_id text NOT NULL,
      ordinal integer NOT NULL,
      written boolean NOT NULL DEFAULT false,
      local_priority text,
      area_profile text,
      key_local_causes text,
      past_trends text,
      cross_references jsonb NOT NULL DEFAULT '[]',
      last_revision bigint NOT NULL,
      PRIMARY KEY (agreement_id, national_outcome_id)
    );

    CREATE TABLE local_outcomes (
      agreement_id text NOT NULL,
      local_outcome_id text NOT NULL,
      national_outcome_id text NOT NULL,
      title text NOT NULL,
      description text NOT NULL,
      status text NOT NULL,
      retired_reason text,
      added_position bigint NOT NULL,
      last_revision bigint NOT NULL,
      PRIMARY KEY (agreement_id, local_outcome_id)
    );

    CREATE TABLE intermediate_outcomes (
      agreement_id text NOT NULL,
      intermediate_outcome_id text NOT NULL,
      local_outcome_id text NOT NULL,
      title text NOT NULL,
      status text NOT NULL,
      retired_reason text,
      added_position bigint NOT NULL,
      last_revision bigint NOT NULL,
      PRIMARY KEY (agreement_id, intermediate_outcome_id)
    );
    CREATE INDEX intermediate_outcomes_by_parent
      ON intermediate_outcomes (agreement_id, local_outcome_id, added_position);

    CREATE TABLE indicators (
      agreement_id text NOT NULL,
      indicator_id text NOT NULL,
      partnership_id text NOT NULL,
      local_outcome_id text NOT NULL,
      intermediate_outcome_id text,
      title text NOT NULL,
      source_kind text NOT NULL,
      source_id text,
      unit text NOT NULL,
      baseline_value double precision NOT NULL,
      baseline_date date NOT NULL,
      target_value double precision NOT NULL,
      target_date date NOT NULL,
      direction text NOT NULL,
      status text NOT NULL,
      retired_reason text,
      added_position bigint NOT NULL,
      last_revision bigint NOT NULL,
      latest_observation_id text,
      latest_period text,
      latest_period_start date,
      latest_period_end date,
      latest_value double precision,
      latest_published_on date,
      previous_period text,
      previous_value double precision,
      progress double precision,
      expected_progress double precision,
      rag text,
      trend text,
      PRIMARY KEY (agreement_id, indicator_id)
    );
    CREATE INDEX indicators_by_local_outcome ON indicators (agreement_id, local_outcome_id);
    CREATE INDEX indicators_by_intermediate_outcome
      ON indicators (agreement_id, intermediate_outcome_id);

    CREATE TABLE amendments (
      agreement_id text NOT NULL,
      amendment_number integer NOT NULL,
      decision_meeting_id text NOT NULL,
      decision_id text NOT NULL,
      summary text NOT NULL,
      amended_at timestamptz NOT NULL,
      PRIMARY KEY (agreement_id, amendment_number)
    );

    CREATE TABLE observations (
      agreement_id text NOT NULL,
      indicator_id text NOT NULL,
      observation_id text NOT NULL,
      partnership_id text NOT NULL,
      period text NOT NULL,
      period_start date NOT NULL,
      period_end date NOT NULL,
      value double precision NOT NULL,
      source text NOT NULL,
      published_on date NOT NULL,
      supersedes text,
      reason text,
      superseded_by text,
      recorded_position bigint NOT NULL,
      PRIMARY KEY (agreement_id, indicator_id, observation_id)
    );
    CREATE INDEX observations_by_period
      ON observations (agreement_id, indicator_id, period_end, period_start, period);
  `,
  async apply(tx: ProjectionWrites, event: StoredEvent): Promise<void> {
    if (event.type === 'IndicatorObservationRecorded') return recordObservation(tx, event);
    if (event.type === 'IndicatorObservationCorrected') return recordObservation(tx, event);
    if (event.type === 'AgreementDrafted') return drafted(tx, event);
    const { agreementId } = dataOf<{ agreementId: string }>(event);
    if (!(await claimRevision(tx, agreementId, event))) return;
    await applyChange(tx, event, { agreementId, revision: event.streamRevision.toString() });
  },
};

interface Change {
  readonly agreementId: string;
  /** The stream revision being applied, as text (bigint parameter). */
  readonly revision: string;
}

async function drafted(tx: ProjectionWrites, event: StoredEvent): Promise<void> {
  const data = dataOf<AgreementDrafted['data']>(event);
  const revision = event.streamRevision.toString();
  const parties = [
    { party: 'council', partnerId: data.councilPartnerId },
    { party: 'government', partnerId: null },
  ];
  tx.write(
    `INSERT INTO agreements (agreement_id, partnership_id, kind, locality, title,
       framework_version_id, period_start, period_end, council_partner_id, parties, status,
       drafted_at, last_changed_at, last_revision)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, 'draft', $11, $11, $12)
     ON CONFLICT (agreement_id) DO NOTHING`,
    [
      data.agreementId,
      data.partnershipId,
      data.kind,
      data.locality,
      data.title,
      data.frameworkVersionId,
      data.periodStart,
      data.periodEnd,
      data.councilPartnerId,
      JSON.stringify(parties),
      event.metadata.occurredAt,
      revision,
    ],
  );
  for (const [ordinal, nationalOutcomeId] of data.nationalOutcomeIds.entries()) {
    tx.write(
      `INSERT INTO sections (agreement_id, national_outcome_id, ordinal, last_revision)
       VALUES ($1, $2, $3, $4) ON CONFLICT (agreement_id, national_outcome_id) DO NOTHING`,
      [data.agreementId, nationalOutcomeId, ordinal, revision],
    );
  }
}

/** Moves the agreement to this revision; false when it is there already (a repeat). */
async function claimRevision(
  tx: ProjectionWrites,
  agreementId: string,
  event: StoredEvent,
): Promise<boolean> {
  const claimed = await tx.query<{ agreement_id: string }>(
    `UPDATE agreements SET last_revision = $2, last_changed_at = $3
      WHERE agreement_id = $1 AND last_revision < $2
      RETURNING agreement_id`,
    [agreementId, event.streamRevision.toString(), event.metadata.occurredAt],
  );
  return claimed.length > 0;
}

async function applyChange(
  tx: ProjectionWrites,
  event: StoredEvent,
  change: Change,
): Promise<void> {
  switch (event.type) {
    case 'SectionWritten':
      return sectionWritten(tx, dataOf<SectionWritten['data']>(event), change);
    case 'LocalOutcomeAdded':
      return localOutcomeAdded(tx, event, change);
    case 'LocalOutcomeRevised': {
      const data = dataOf<LocalOutcomeRevised['data']>(event);
      tx.write(
        `UPDATE local_outcomes SET national_outcome_id = $3, title = $4, description = $5,
           last_revision = $6
          WHERE agreement_id = $1 AND local_outcome_id = $2 AND last_revision < $6`,
        [
          change.agreementId,
          data.localOutcomeId,
          data.nationalOutcomeId,
          data.title,
          data.description,
          change.revision,
        ],
      );
      return;
    }
    case 'LocalOutcomeRetired': {
      const data = dataOf<LocalOutcomeRetired['data']>(event);
      await retire(tx, 'local_outcomes', 'local_outcome_id', data.localOutcomeId, data, change);
      return;
    }
    case 'IntermediateOutcomeAdded': {
      const data = dataOf<IntermediateOutcomeAdded['data']>(event);
      tx.write(
        `INSERT INTO intermediate_outcomes (agreement_id, intermediate_outcome_id,
           local_outcome_id, title, status, added_position, last_revision)
         VALUES ($1, $2, $3, $4, 'active', $5, $6)
         ON CONFLICT (agreement_id, intermediate_outcome_id) DO NOTHING`,
        [
          change.agreementId,
          data.intermediateOutcomeId,
          data.localOutcomeId,
          data.title,
          event.globalPosition.toString(),
          change.revision,
        ],
      );
      return;
    }
    case 'IntermediateOutcomeRevised': {
      const data = dataOf<IntermediateOutcomeRevised['data']>(event);
      tx.write(
        `UPDATE intermediate_outcomes SET title = $3, last_revision = $4
          WHERE agreement_id = $1 AND intermediate_outcome_id = $2 AND last_revision < $4`,
        [change.agreementId, data.intermediateOutcomeId, data.title, change.revision],
      );
      return;
    }
    case 'IntermediateOutcomeRetired': {
      const data = dataOf<IntermediateOutcomeRetired['data']>(event);
      const id = data.intermediateOutcomeId;
      await retire(tx, 'intermediate_outcomes', 'intermediate_outcome_id', id, data, change);
      return;
    }
    case 'IndicatorAdded':
      return indicatorAdded(tx, event, change);
    case 'IndicatorRevised':
      return indicatorRevised(tx, dataOf<IndicatorRevised['data']>(event), change);
    case 'IndicatorRetired': {
      const data = dataOf<IndicatorRetired['data']>(event);
      await retire(tx, 'indicators', 'indicator_id', data.indicatorId, data, change);
      return;
    }
    case 'AgreementAmended': {
      const data = dataOf<AgreementAmended['data']>(event);
      tx.write(
        `INSERT INTO amendments (agreement_id, amendment_number, decision_meeting_id, decision_id,
           summary, amended_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (agreement_id, amendment_number) DO NOTHING`,
        [
          change.agreementId,
          data.amendmentNumber,
          data.decision.meetingId,
          data.decision.decisionId,
          data.summary,
          event.metadata.occurredAt,
        ],
      );
      await setAgreement(tx, change, 'amendment_count = $2', [data.amendmentNumber]);
      return;
    }
    case 'AgreementSubmitted':
      return setAgreement(tx, change, `status = 'submitted'`, []);
    case 'AgreementReturnedToDraft':
      // The signatures given lapse: they were given to a text that will now change.
      return setAgreement(
        tx,
        change,
        `status = 'draft',
         council_signatory_name = NULL, council_signatory_role = NULL, council_signed_on = NULL,
         government_signatory_name = NULL, government_signatory_role = NULL,
         government_signed_on = NULL`,
        [],
      );
    case 'AgreementSigned': {
      const data = dataOf<AgreementSigned['data']>(event);
      const party = data.party === 'council' ? 'council' : 'government';
      return setAgreement(
        tx,
        change,
        `${party}_signatory_name = $2, ${party}_signatory_role = $3, ${party}_signed_on = $4`,
        [data.signatory.name, data.signatory.role, data.signedOn],
      );
    }
    case 'AgreementAgreed': {
      const data = dataOf<AgreementAgreed['data']>(event);
      return setAgreement(tx, change, `status = 'agreed', agreed_on = $2`, [data.agreedOn]);
    }
    case 'AgreementSuperseded': {
      const data = dataOf<AgreementSuperseded['data']>(event);
      return setAgreement(
        tx,
        change,
        `status = 'superseded', superseded_by = $2, superseded_on = $3`,
        [data.supersededBy, data.on],
      );
    }
    case 'AgreementClosed': {
      const data = dataOf<AgreementClosed['data']>(event);
      return setAgreement(tx, change, `status = 'closed', closed_on = $2, closed_reason = $3`, [
        data.on,
        data.reason,
      ]);
    }
    default:
      return;
  }
}

/** The revision has been claimed already, so this needs no guard of its own. */
async function setAgreement(
  tx: ProjectionWrites,
  change: Change,
  assignments: string,
  params: readonly unknown[],
): Promise<void> {
  tx.write(`UPDATE agreements SET ${assignments} WHERE agreement_id = $1`, [
    change.agreementId,
    ...params,
  ]);
}

async function sectionWritten(
  tx: ProjectionWrites,
  data: SectionWritten['data'],
  change: Change,
): Promise<void> {
  tx.write(
    `INSERT INTO sections (agreement_id, national_outcome_id, ordinal, written, local_priority,
       area_profile, key_local_causes, past_trends, cross_references, last_revision)
     VALUES ($1, $2,
       (SELECT coalesce(max(ordinal) + 1, 0) FROM sections WHERE agreement_id = $1),
       true, $3, $4, $5, $6, $7::jsonb, $8)
     ON CONFLICT (agreement_id, national_outcome_id) DO UPDATE SET
       written = true, local_priority = EXCLUDED.local_priority,
       area_profile = EXCLUDED.area_profile, key_local_causes = EXCLUDED.key_local_causes,
       past_trends = EXCLUDED.past_trends, cross_references = EXCLUDED.cross_references,
       last_revision = EXCLUDED.last_revision
     WHERE sections.last_revision < EXCLUDED.last_revision`,
    [
      change.agreementId,
      data.nationalOutcomeId,
      data.localPriority,
      data.areaProfile,
      data.keyLocalCauses,
      data.pastTrends,
      JSON.stringify(data.crossReferences.map(({ plan, reference }) => ({ plan, reference }))),
      change.revision,
    ],
  );
}

async function localOutcomeAdded(
  tx: ProjectionWrites,
  event: StoredEvent,
  change: Change,
): Promise<void> {
  const data = dataOf<LocalOutcomeAdded['data']>(event);
  tx.write(
    `INSERT INTO local_outcomes (agreement_id, local_outcome_id, national_outcome_id, title,
       description, status, added_position, last_revision)
     VALUES ($1, $2, $3, $4, $5, 'active', $6, $7)
     ON CONFLICT (agreement_id, local_outcome_id) DO NOTHING`,
    [
      change.agreementId,
      data.localOutcomeId,
      data.nationalOutcomeId,
      data.title,
      data.description,
      event.globalPosition.toString(),
      change.revision,
    ],
  );
}

async function retire(
  tx: ProjectionWrites,
  table: 'local_outcomes' | 'intermediate_outcomes' | 'indicators',
  idColumn: 'local_outcome_id' | 'intermediate_outcome_id' | 'indicator_id',
  id: string,
  data: { readonly reason: string },
  change: Change,
): Promise<void> {
  tx.write(
    `UPDATE ${table} SET status = 'retired', retired_reason = $3, last_revision = $4
      WHERE agreement_id = $1 AND ${idColumn} = $2 AND last_revision < $4`,
    [change.agreementId, id, data.reason, change.revision],
  );
}

type IndicatorSourceData = IndicatorAdded['data']['source'];

function sourceIdOf(source: IndicatorSourceData): string | null {
  switch (source.kind) {
    case 'national':
      return source.nationalIndicatorId;
    case 'local_menu':
      return source.menuIndicatorId;
    case 'local':
      return null;
  }
}

async function indicatorAdded(
  tx: ProjectionWrites,
  event: StoredEvent,
  change: Change,
): Promise<void> {
  const data = dataOf<IndicatorAdded['data']>(event);
  tx.write(
    `INSERT INTO indicators (agreement_id, indicator_id, partnership_id, local_outcome_id,
       intermediate_outcome_id, title, source_kind, source_id, unit, baseline_value,
       baseline_date, target_value, target_date, direction, status, added_position,
       last_revision)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'active', $15, $16)
     ON CONFLICT (agreement_id, indicator_id) DO NOTHING`,
    [
      change.agreementId,
      data.indicatorId,
      data.partnershipId,
      data.localOutcomeId,
      data.intermediateOutcomeId,
      data.title,
      data.source.kind,
      sourceIdOf(data.source),
      data.unit,
      data.baseline.value,
      data.baseline.date,
      data.target.value,
      data.target.date,
      data.direction,
      event.globalPosition.toString(),
      change.revision,
    ],
  );
  refreshIndicatorStatusLater(tx, change.agreementId, data.indicatorId);
}

async function indicatorRevised(
  tx: ProjectionWrites,
  data: IndicatorRevised['data'],
  change: Change,
): Promise<void> {
  tx.write(
    `UPDATE indicators SET title = $3, source_kind = $4, source_id = $5, unit = $6,
       baseline_value = $7, baseline_date = $8, target_value = $9, target_date = $10,
       direction = $11, last_revision = $12
      WHERE agreement_id = $1 AND indicator_id = $2 AND last_revision < $12`,
    [
      change.agreementId,
      data.indicatorId,
      data.title,
      data.source.kind,
      sourceIdOf(data.source),
      data.unit,
      data.baseline.value,
      data.baseline.date,
      data.target.value,
      data.target.date,
      data.direction,
      change.revision,
    ],
  );
  refreshIndicatorStatusLater(tx, change.agreementId, data.indicatorId);
}

async function recordObservation(tx: ProjectionWrites, event: StoredEvent): Promise<void> {
  const data = dataOf<IndicatorObservationRecorded['data']>(event);
  const correction =
    event.type === 'IndicatorObservationCorrected'
      ? dataOf<IndicatorObservationCorrected['data']>(event)
      : null;
  tx.write(
    `INSERT INTO observations (agreement_id, indicator_id, observation_id, partnership_id,
       period, period_start, period_end, value, source, published_on, supersedes, reason,
       recorded_position)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (agreement_id, indicator_id, observation_id) DO NOTHING`,
    [
      data.agreementId,
      data.indicatorId,
      data.observationId,
      data.partnershipId,
      data.period,
      data.periodStart,
      data.periodEnd,
      data.value,
      data.source,
      data.publishedOn,
      correction?.supersedes ?? null,
      correction?.reason ?? null,
      event.globalPosition.toString(),
    ],
  );
  if (correction) {
    tx.write(
      `UPDATE observations SET superseded_by = $4
        WHERE agreement_id = $1 AND indicator_id = $2 AND observation_id = $3`,
      [data.agreementId, data.indicatorId, correction.supersedes, data.observationId],
    );
  }
  refreshIndicatorStatusLater(tx, data.agreementId, data.indicatorId);
}

interface GoalRow {
  readonly baseline_value: number;
  readonly baseline_date: string;
  readonly target_value: number;
  readonly target_date: string;
  readonly direction: IndicatorDirection;
}

interface CurrentValueRow {
  readonly observation_id: string;
  readonly period: string;
  readonly period_start: string;
  readonly period_end: string;
  readonly value: number;
  readonly published_on: string;
}

/** Once per indicator and batch, however many of its observations the batch holds. */
function refreshIndicatorStatusLater(
  tx: ProjectionWrites,
  agreementId: string,
  indicatorId: string,
): void {
  tx.once(`indicator ${agreementId} ${indicatorId}`, () =>
    refreshIndicatorStatus(tx, agreementId, indicatorId),
  );
}

/**
 * Recomputes the indicator's latest value, RAG and trend from its definition and the current
 * value of each period as stored: the same rows always give the same columns.
 */
async function refreshIndicatorStatus(
  tx: ProjectionWrites,
  agreementId: string,
  indicatorId: string,
): Promise<void> {
  // Asked together, so both travel in one round trip on a pipelined connection.
  const [[goal], rows] = await Promise.all([
    tx.query<GoalRow>(
      `SELECT baseline_value, baseline_date::text AS baseline_date, target_value,
              target_date::text AS target_date, direction
         FROM indicators WHERE agreement_id = $1 AND indicator_id = $2`,
      [agreementId, indicatorId],
    ),
    tx.query<CurrentValueRow>(
      `SELECT observation_id, period, period_start::text AS period_start,
              period_end::text AS period_end, value, published_on::text AS published_on
         FROM observations
        WHERE agreement_id = $1 AND indicator_id = $2 AND superseded_by IS NULL`,
      [agreementId, indicatorId],
    ),
  ]);
  if (!goal) return;
  const values: PeriodValue[] = rows.map((row) => ({
    observationId: row.observation_id,
    period: row.period,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    value: Number(row.value),
    publishedOn: row.published_on,
  }));
  const status = indicatorStatus(
    {
      baseline: { value: Number(goal.baseline_value), date: goal.baseline_date },
      target: { value: Number(goal.target_value), date: goal.target_date },
      direction: goal.direction,
    },
    values,
  );
  const latest = status?.latest ?? null;
  const previous = status?.previous ?? null;
  tx.write(
    `UPDATE indicators SET latest_observation_id = $3, latest_period = $4,
       latest_period_start = $5, latest_period_end = $6, latest_value = $7,
       latest_published_on = $8, previous_period = $9, previous_value = $10, progress = $11,
       expected_progress = $12, rag = $13, trend = $14
      WHERE agreement_id = $1 AND indicator_id = $2`,
    [
      agreementId,
      indicatorId,
      latest?.observationId ?? null,
      latest?.period ?? null,
      latest?.periodStart ?? null,
      latest?.periodEnd ?? null,
      latest?.value ?? null,
      latest?.publishedOn ?? null,
      previous?.period ?? null,
      previous?.value ?? null,
      status?.progress ?? null,
      status?.expectedProgress ?? null,
      status?.rag ?? null,
      status?.trend ?? null,
    ],
  );
}

/** The event's data as its domain type (the store keeps it as plain JSON). */
function dataOf<T>(event: StoredEvent): T {
  return event.data as unknown as T;
}
