/**
 * How an indicator stands against its target, worked out from its definition and the current
 * value of each period observed. Pure: the projection stores what these return for the values
 * known now, and `indicatorStatusesAsKnownOn` recomputes them for the values known on a date.
 *
 * Definitions (s = +1 for `increase`, -1 for `decrease`):
 *
 * - The latest value is the current value (after corrections) of the period that ends last
 *   (ties broken by the later start, then the period label).
 * - progress = (latest - baseline) / (target - baseline), i.e. the share of the improvement
 *   the target asks for that has been achieved, measured in the direction of improvement.
 *   Null for `maintain`, and when target equals baseline.
 * - expected progress = the share of the time from the baseline date to the target date that
 *   has passed at the latest period's end date, clamped to [0, 1] (1 when the target date is
 *   not after the baseline date): the straight line from baseline to target.
 * - RAG for `increase` / `decrease`, in this order:
 *   GREEN when the target is met (s * (latest - target) >= 0);
 *   RED when the latest value is no better than the baseline (s * (latest - baseline) <= 0);
 *   GREEN when progress is on or beyond the straight line (progress >= expected progress);
 *   AMBER otherwise (moving the right way, but behind the line).
 * - RAG for `maintain` (hold the target level): with tolerance = |target| (or |baseline| when
 *   the target is 0), GREEN when |latest - target| <= 2% of it, AMBER when within 5%, RED
 *   beyond.
 * - Trend compares the current values of the latest two periods. For `increase` / `decrease`:
 *   improving when s * (latest - previous) > 0, worsening when < 0, steady when equal. For
 *   `maintain`: steady when |latest - previous| <= 2% of the tolerance above, otherwise
 *   improving when the latest is closer to the target than the previous, worsening when it is
 *   further, steady when as close. Null with fewer than two periods.
 */

export type IndicatorDirection = 'increase' | 'decrease' | 'maintain';

export type Rag = 'green' | 'amber' | 'red';

export type Trend = 'improving' | 'worsening' | 'steady';

export interface Measured {
  readonly value: number;
  /** YYYY-MM-DD. */
  readonly date: string;
}

export interface IndicatorGoal {
  readonly baseline: Measured;
  readonly target: Measured;
  readonly direction: IndicatorDirection;
}

/** The current value of one observed period. */
export interface PeriodValue {
  readonly observationId: string;
  readonly period: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly value: number;
  readonly publishedOn: string;
}

export interface RagAssessment {
  readonly rag: Rag;
  readonly progress: number | null;
  readonly expectedProgress: number | null;
}

export interface IndicatorStatus extends RagAssessment {
  readonly latest: PeriodValue | null;
  readonly previous: PeriodValue | null;
  readonly trend: Trend | null;
}

/** Within this share of the target level, a `maintain` indicator is GREEN (and its trend steady). */
export const MAINTAIN_GREEN_TOLERANCE = 0.02;
/** Within this share, a `maintain` indicator is AMBER; beyond it, RED. */
export const MAINTAIN_AMBER_TOLERANCE = 0.05;

/** Absorbs rounding in the progress-versus-line comparison (e.g. 2/3 computed two ways). */
const EPSILON = 1e-9;

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00.000Z`) / DAY_MS);
}

function sign(direction: 'increase' | 'decrease'): 1 | -1 {
  return direction === 'increase' ? 1 : -1;
}

/** |target|, or |baseline| when the target is zero: what a `maintain` tolerance is a share of. */
function maintainScale(goal: IndicatorGoal): number {
  return goal.target.value !== 0 ? Math.abs(goal.target.value) : Math.abs(goal.baseline.value);
}

/** The share of the baseline-to-target time passed on `date`, clamped to [0, 1]. */
export function expectedProgressOn(goal: IndicatorGoal, date: string): number {
  const start = dayNumber(goal.baseline.date);
  const end = dayNumber(goal.target.date);
  if (end <= start) return 1;
  return Math.min(1, Math.max(0, (dayNumber(date) - start) / (end - start)));
}

/** RAG of one value, observed for a period ending on `periodEnd`. */
export function ragStatus(
  goal: IndicatorGoal,
  latest: Pick<PeriodValue, 'value' | 'periodEnd'>,
): RagAssessment {
  const { baseline, target, direction } = goal;
  if (direction === 'maintain') {
    const distance = Math.abs(latest.value - target.value);
    const scale = maintainScale(goal);
    const rag: Rag =
      distance <= MAINTAIN_GREEN_TOLERANCE * scale
        ? 'green'
        : distance <= MAINTAIN_AMBER_TOLERANCE * scale
          ? 'amber'
          : 'red';
    return { rag, progress: null, expectedProgress: null };
  }
  const s = sign(direction);
  const needed = s * (target.value - baseline.value);
  const gained = s * (latest.value - baseline.value);
  const progress = needed !== 0 ? gained / needed : null;
  const expectedProgress = expectedProgressOn(goal, latest.periodEnd);
  let rag: Rag;
  if (s * (latest.value - target.value) >= 0) rag = 'green';
  else if (gained <= 0) rag = 'red';
  else if (progress !== null && progress + EPSILON >= expectedProgress) rag = 'green';
  else rag = 'amber';
  return { rag, progress, expectedProgress };
}

/** Trend from the previous period's current value to the latest's. */
export function trendOf(goal: IndicatorGoal, latest: number, previous: number): Trend {
  if (goal.direction === 'maintain') {
    if (Math.abs(latest - previous) <= MAINTAIN_GREEN_TOLERANCE * maintainScale(goal)) {
      return 'steady';
    }
    const nowOff = Math.abs(latest - goal.target.value);
    const thenOff = Math.abs(previous - goal.target.value);
    return nowOff < thenOff ? 'improving' : nowOff > thenOff ? 'worsening' : 'steady';
  }
  const change = sign(goal.direction) * (latest - previous);
  return change > 0 ? 'improving' : change < 0 ? 'worsening' : 'steady';
}

/** Latest period first: by end date, then start date, then label, all descending. */
export function byLatestPeriod(a: PeriodValue, b: PeriodValue): number {
  return (
    b.periodEnd.localeCompare(a.periodEnd) ||
    b.periodStart.localeCompare(a.periodStart) ||
    b.period.localeCompare(a.period)
  );
}

/**
 * The status from the current value of each period (one per period: corrections already
 * applied). No values: no RAG, no trend.
 */
export function indicatorStatus(
  goal: IndicatorGoal,
  currentValues: readonly PeriodValue[],
): IndicatorStatus | null {
  const [latest, previous] = [...currentValues].sort(byLatestPeriod);
  if (!latest) return null;
  return {
    ...ragStatus(goal, latest),
    latest,
    previous: previous ?? null,
    trend: previous ? trendOf(goal, latest.value, previous.value) : null,
  };
}
