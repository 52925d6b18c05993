import { resolve } from 'node:path';
import { exportEvidence, SqlCheckpointStore } from '@concordat/audit';
import { loadConfig } from '@concordat/config';
import type { CliOutput } from '../cli-output';
import { eventProgressBar } from './event-progress-bar';
import { refuseBundleIn, writeBundleDirectory } from './evidence-bundle-directory';
import { countEvents, withStores } from './opened-stores';
import { readKeyFile } from './read-key-file';
import { toolVersion } from './tool-version';

export interface AuditExportOptions {
  readonly partnership: string;
  readonly out: string;
  readonly quiet?: boolean;
}

/**
 * `concordat audit export`: the evidence bundle of one partnership, written to a directory, its
 * manifest signed with the key that signs checkpoints.
 */
export async function runAuditExport(
  options: AuditExportOptions,
  output: CliOutput,
): Promise<void> {
  const config = loadConfig();
  const privateKeyPem = await readKeyFile(
    config.checkpointSigning.keyFile,
    'CONCORDAT_SIGNING_KEY_FILE',
  );
  const directory = resolve(options.out);
  await refuseBundleIn(directory);
  const exported = await withStores(config, async (stores) => {
    const progress = eventProgressBar('reading', await countEvents(stores), !!options.quiet);
    return exportEvidence({
      events: stores.eventStore,
      checkpoints: new SqlCheckpointStore(stores.sql),
      privateKeyPem,
      partnershipId: options.partnership,
      createdAt: new Date().toISOString(),
      toolVersion: toolVersion(),
      onProgress: progress.update,
    }).finally(progress.stop);
  });
  await writeBundleDirectory(directory, exported.bundle);
  const { checkpoint } = exported;
  output.info(
    `exported partnership ${options.partnership} to ${directory}: ` +
      `${exported.events} events in ${exported.streams} streams`,
  );
  output.info(
    `each proven against the checkpoint of tree size ${checkpoint.treeSize}, ` +
      `root ${checkpoint.rootHash}, key id ${checkpoint.keyId}`,
  );
  output.info('the manifest, which lists where each stream ends, signed with the same key');
  if (exported.leftOut > 0) {
    output.info(
      `${exported.leftOut} later events of these streams are not in the bundle: no checkpoint ` +
        'covers them yet; run concordat audit checkpoint, then export again',
    );
  }
}
