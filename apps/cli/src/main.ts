import 'reflect-metadata';
import { InvalidGrant } from '@concordat/access-control';
import { EvidenceExportRefused } from '@concordat/audit';
import { ConfigError } from '@concordat/config';
import { MissingTokenKeys } from '@concordat/identity';
import { EventStoreError } from '@concordat/event-store';
import { RuleViolation } from '@concordat/shared-kernel';
import { createCli } from './cli';
import { consoleOutput } from './cli-output';
import { EvidenceBundleProblemsFound } from './commands/audit-verify-bundle.command';

/** Known failures are the operator's to act on: say what is wrong, without a stack trace. */
function describeFailure(error: unknown): string {
  if (error instanceof RuleViolation) {
    return `refused by ${error.rule}${error.field ? ` (${error.field})` : ''}: ${error.message}`;
  }
  if (error instanceof ConfigError || error instanceof EventStoreError) return error.message;
  if (error instanceof InvalidGrant || error instanceof MissingTokenKeys) return error.message;
  if (error instanceof EvidenceExportRefused || error instanceof EvidenceBundleProblemsFound) {
    return error.message;
  }
  if (error instanceof Error)
    return process.env.CONCORDAT_DEBUG ? String(error.stack) : error.message;
  return String(error);
}

createCli(consoleOutput)
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    consoleOutput.error(describeFailure(error));
    process.exitCode = 1;
  });
