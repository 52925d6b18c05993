import { loadConfig } from '@concordat/config';
import { openStores } from '@concordat/event-store';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import { join } from 'node:path';
import { Client } from 'pg';
import { runCli } from '../../testing/run-cli';
import { PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from '../keys-generate.command';

/** The streams of an audited test log; each round appends ten events to each, one append apiece. */
export const STREAMS = ['agreement-1', 'commitment-1', 'commitment-2', 'meeting-1'] as const;
export const EVENTS_PER_APPEND = 10;
const ROUNDS_BETWEEN_CHECKPOINTS = [2, 2, 1];

/** Appends `rounds` rounds to the store the environment names, then closes it. */
export async function appendRounds(env: Record<string, string>, rounds: number): Promise<void> {
  const stores = await openStores(loadConfig(env));
  try {
    for (let round = 0; round < rounds; round += 1) {
      for (const stream of STREAMS) {
        await stores.eventStore.appendToStream(stream, anEvent().buildMany(EVENTS_PER_APPEND));
      }
    }
  } finally {
    await stores.close();
  }
}

/**
 * A log of 200 events in four streams with checkpoints signed at 80, 160 and 200 events: stream
 * revisions 0-19 are first covered by the checkpoint of tree size 80, 20-39 by 160, 40-49 by 200.
 */
export async function signAsItGrows(env: Record<string, string>): Promise<void> {
  for (const rounds of ROUNDS_BETWEEN_CHECKPOINTS) {
    await appendRounds(env, rounds);
    await runCli(['audit', 'checkpoint', '--quiet'], env);
  }
}

/**
 * What someone with superuser access to the database can do: switch the guard triggers off, change
 * rows, switch them on again, in one transaction.
 */
export async function asSuperuser(
  url: string,
  work: (client: Client) => Promise<unknown>,
): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const guarded = ['concordat_events', 'integrity_checkpoints'];
  try {
    await client.query('BEGIN');
    for (const table of guarded) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER ALL`);
    await work(client);
    for (const table of guarded) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER ALL`);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

/** The global position of a stream's revision, as text for messages. */
export async function positionOf(url: string, stream: string, revision: number): Promise<string> {
  return readOne(
    url,
    `SELECT global_position::text AS value FROM concordat_events
      WHERE stream_id = $1 AND stream_revision = $2`,
    [stream, revision],
  );
}

/** Where the checkpoint of a tree size says its tree ended. */
export async function checkpointEnd(url: string, treeSize: number): Promise<string> {
  return readOne(
    url,
    'SELECT last_position::text AS value FROM integrity_checkpoints WHERE tree_size = $1',
    [treeSize],
  );
}

async function readOne(url: string, text: string, params: unknown[]): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ value: string }>(text, params);
    return rows[0]!.value;
  } finally {
    await client.end();
  }
}

export interface SigningKeys {
  readonly keyId: string;
  readonly privateKeyFile: string;
  readonly publicKeyFile: string;
  /** The settings that point the CLI at them. */
  readonly env: Record<string, string>;
}

/** A key pair made by `concordat keys generate` in `directory`. */
export async function generateKeys(directory: string): Promise<SigningKeys> {
  const lines = await runCli(['keys', 'generate', '--out', directory], {});
  const privateKeyFile = join(directory, PRIVATE_KEY_FILE);
  const publicKeyFile = join(directory, PUBLIC_KEY_FILE);
  return {
    keyId: lines[0]!.replace('key id ', ''),
    privateKeyFile,
    publicKeyFile,
    env: {
      CONCORDAT_SIGNING_KEY_FILE: privateKeyFile,
      CONCORDAT_SIGNING_PUBLIC_KEY_FILE: publicKeyFile,
    },
  };
}
