import 'reflect-metadata';
import { ConfigError } from '@concordat/config';
import { EventStoreError } from '@concordat/event-store';
import { RuleViolation } from '@concordat/shared-kernel';
import { createCli } from './cli';
import { consoleOutput } from './cli-output';

createCli(consoleOutput)
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    // Known failures are the operator's to act on: print the message, not a stack trace.
    const known = error instanceof ConfigError || error instanceof EventStoreError;
    consoleOutput.error(
      known ? error.message : String(error instanceof Error ? error.stack : error),
    );
    process.exitCode = 1;
  });
