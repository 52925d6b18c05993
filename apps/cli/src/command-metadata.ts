import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import type { CommandMetadata } from '@concordat/shared-kernel';

/**
 * Metadata for a command issued from the command line. The CLI is an edge of the system, so it
 * may read the clock. `commandId` is given by the caller when re-running the same invocation
 * must not apply it twice.
 */
export function cliCommandMetadata(actor: string | undefined, commandId: string): CommandMetadata {
  return {
    actor: actor ?? `operator:${userInfo().username}`,
    commandId,
    correlationId: randomUUID(),
    causationId: null,
    issuedAt: new Date().toISOString(),
  };
}
