import { createEvents } from './0001-create-events';
import { createIntegrityCheckpoints } from './0002-create-integrity-checkpoints';
import { createPersonalDataKeys } from './0003-create-personal-data-keys';
import { appendInOneStatement } from './0004-append-in-one-statement';
import { appendParsingEachEventOnce } from './0005-append-parsing-each-event-once';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every schema change, in order. Append new ones; never edit a released one. */
export const EVENT_STORE_MIGRATIONS: readonly Migration[] = [
  createEvents,
  createIntegrityCheckpoints,
  createPersonalDataKeys,
  appendInOneStatement,
  appendParsingEachEventOnce,
];
