import type { Command } from 'commander';
import {
  describeProblem,
  type IntegrityProblem,
  issueCheckpoint,
  readLogToHead,
  SqlCheckpointStore,
  verifyLog,
} from '@concordat/audit';
import { loadConfig } from '@concordat/config';
import type { CliOutput } from '../cli-output';
import { runAuditExport } from './audit-export.command';
import { runAuditVerifyBundle } from './audit-verify-bundle.command';
import { eventProgressBar } from './event-progress-bar';
import { countEvents, withStores } from './opened-stores';
import { readKeyFile } from './read-key-file';

/** Why `audit verify` exits non-zero: every problem it found, one per line. */
export class IntegrityProblemsFound extends Error {
  constructor(readonly problems: readonly IntegrityProblem[]) {
    super(
      `audit verify found ${problems.length} integrity problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  - ${describeProblem(problem)}`).join('\n'),
    );
    this.name = 'IntegrityProblemsFound';
  }
}

/**
 * `concordat audit checkpoint` signs the Merkle root of the whole log; `concordat audit verify`
 * checks the log against its stream chains and every checkpoint, and exits non-zero naming each
 * problem it finds; with `--bundle` it checks an evidence bundle that `concordat audit export`
 * made, offline.
 */
export function registerAuditCommands(program: Command, output: CliOutput): void {
  const audit = program.command('audit').description('integrity of the event log');
  audit
    .command('checkpoint')
    .description('sign a checkpoint of the whole log with the key in CONCORDAT_SIGNING_KEY_FILE')
    .option('--quiet', 'no progress bar')
    .action(async (options: { quiet?: boolean }) => {
      const config = loadConfig();
      const privateKeyPem = await readKeyFile(
        config.checkpointSigning.keyFile,
        'CONCORDAT_SIGNING_KEY_FILE',
      );
      await withStores(config, async (stores) => {
        const progress = eventProgressBar('hashing', await countEvents(stores), !!options.quiet);
        const { checkpoint, created } = await issueCheckpoint({
          events: stores.eventStore,
          checkpoints: new SqlCheckpointStore(stores.sql),
          privateKeyPem,
          issuedAt: new Date().toISOString(),
          onProgress: progress.update,
        }).finally(progress.stop);
        output.info(
          created
            ? `signed checkpoint of tree size ${checkpoint.treeSize}`
            : `the log has not grown since the checkpoint of tree size ${checkpoint.treeSize}`,
        );
        output.info(`root ${checkpoint.rootHash}`);
        output.info(`key id ${checkpoint.keyId}, issued at ${checkpoint.issuedAt}`);
      });
    });
  audit
    .command('export')
    .description("write a partnership's events, with inclusion proofs and the checkpoint, to DIR")
    .requiredOption('--partnership <id>', 'the partnership whose evidence to export')
    .requiredOption('--out <dir>', 'directory to write the bundle to (created if missing)')
    .option('--quiet', 'no progress bar')
    .action((options: { partnership: string; out: string; quiet?: boolean }) =>
      runAuditExport(options, output),
    );
  audit
    .command('verify')
    .description("check the log's chains, tree and checkpoints; with --bundle, a bundle offline")
    .option('--quiet', 'no progress bar')
    .option('--bundle <dir>', 'check an evidence bundle instead, offline: no database is opened')
    .option('--public-key <file>', 'with --bundle: the key you trust; the bundle must use it')
    .action(async (options: { quiet?: boolean; bundle?: string; publicKey?: string }) => {
      if (options.bundle !== undefined) {
        return runAuditVerifyBundle(options.bundle, options.publicKey, output);
      }
      if (options.publicKey !== undefined) {
        throw new Error(
          '--public-key goes with --bundle; the log is checked with CONCORDAT_SIGNING_PUBLIC_KEY_FILE',
        );
      }
      const config = loadConfig();
      const publicKeyPem = await readKeyFile(
        config.checkpointSigning.publicKeyFile,
        'CONCORDAT_SIGNING_PUBLIC_KEY_FILE',
      );
      await withStores(config, async (stores) => {
        const checkpoints = await new SqlCheckpointStore(stores.sql).list();
        const progress = eventProgressBar('verifying', await countEvents(stores), !!options.quiet);
        const result = await verifyLog({
          events: readLogToHead(stores.eventStore),
          checkpoints,
          publicKeyPem,
          onProgress: progress.update,
        }).finally(progress.stop);
        output.info(`${result.events} events in ${result.streams} streams`);
        output.info(
          `${result.checkpointsVerified} of ${result.checkpoints} checkpoints verified, ` +
            `${result.consistentPairs} of ${result.pairs} consecutive pairs proven consistent`,
        );
        if (result.problems.length > 0) throw new IntegrityProblemsFound(result.problems);
        output.info(
          result.checkpoints === 0
            ? 'no problems in the stream chains; no checkpoint yet (run concordat audit checkpoint)'
            : 'no problems found',
        );
      });
    });
}
