/** Events of one append share their transaction's id; this leaves room for 2^20 of them. */
const POSITIONS_PER_TRANSACTION = 1n << 20n;

/**
 * The lowest position a read of the log must stay below. Only transactions older than the oldest
 * one still running are final: everything below that horizon has committed or never will, so
 * nothing can later appear behind the reader.
 */
const GAP_SAFE_HORIZON = `pg_snapshot_xmin(pg_current_snapshot())::text::bigint * ${POSITIONS_PER_TRANSACTION}`;

/**
 * The log's rows below the horizon, as a condition on `global_position`. The horizon is known
 * only when the statement runs, so the planner cannot estimate how many rows lie below it; given
 * the bound as an index condition it guessed a few hundred, scanned every row after the reader's
 * position and sorted them, for every page: catch-up slowed as the log grew. `+ 0` keeps the
 * bound out of the index condition, so a page is the index scanned in order from the reader's
 * position until the page is full; the horizon is computed once per statement.
 */
export const BELOW_GAP_SAFE_HORIZON = `global_position + 0 < (SELECT ${GAP_SAFE_HORIZON})`;
