import {
  constraintOf,
  sqlStateOf,
  UNIQUE_VIOLATION,
  type SqlQueryable,
} from '@concordat/event-store';
import { CheckpointRefused } from './checkpoint-refused';
import type { CheckpointStore, StoredCheckpoint } from './checkpoint-store';

/** Read back exactly as signed: sizes as decimal text, the instant to the millisecond in UTC. */
const COLUMNS = `
  tree_size::text AS tree_size,
  root_hash,
  to_char(issued_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS issued_at,
  key_id,
  signature,
  last_position::text AS last_position`;

interface CheckpointRow {
  readonly tree_size: string;
  readonly root_hash: string;
  readonly issued_at: string;
  readonly key_id: string;
  readonly signature: string;
  readonly last_position: string;
}

/** Checkpoints in the `integrity_checkpoints` table, on PostgreSQL or the embedded store. */
export class SqlCheckpointStore implements CheckpointStore {
  constructor(private readonly database: SqlQueryable) {}

  async append(checkpoint: StoredCheckpoint): Promise<void> {
    try {
      await this.database.query(
        `INSERT INTO integrity_checkpoints
           (tree_size, root_hash, issued_at, key_id, signature, last_position)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          checkpoint.treeSize,
          checkpoint.rootHash,
          checkpoint.issuedAt,
          checkpoint.keyId,
          checkpoint.signature,
          checkpoint.lastPosition.toString(),
        ],
      );
    } catch (error) {
      if (
        sqlStateOf(error) === UNIQUE_VIOLATION &&
        constraintOf(error) === 'integrity_checkpoints_pkey'
      ) {
        throw new CheckpointRefused(`a checkpoint of tree size ${checkpoint.treeSize} exists`);
      }
      throw error;
    }
  }

  async list(): Promise<readonly StoredCheckpoint[]> {
    const rows = await this.database.query<CheckpointRow>(
      `SELECT ${COLUMNS} FROM integrity_checkpoints ORDER BY integrity_checkpoints.tree_size`,
    );
    return rows.map(toCheckpoint);
  }

  async latest(): Promise<StoredCheckpoint | undefined> {
    const [row] = await this.database.query<CheckpointRow>(
      `SELECT ${COLUMNS} FROM integrity_checkpoints
        ORDER BY integrity_checkpoints.tree_size DESC LIMIT 1`,
    );
    return row && toCheckpoint(row);
  }
}

function toCheckpoint(row: CheckpointRow): StoredCheckpoint {
  return {
    treeSize: row.tree_size,
    rootHash: row.root_hash,
    issuedAt: row.issued_at,
    keyId: row.key_id,
    signature: row.signature,
    lastPosition: BigInt(row.last_position),
  };
}
