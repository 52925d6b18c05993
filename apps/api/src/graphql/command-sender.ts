import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CONCORDAT_CONFIG, type DomainCommandMessage } from '@concordat/application';
import type { CommandOutcome } from '@concordat/command-handling';
import type { ConcordatConfig } from '@concordat/config';
import { ProjectionRunner } from '@concordat/read-models';
import type { Command, CommandMetadata } from '@concordat/shared-kernel';
import type { CommandPayload } from './command-payload.model';
import type { RequestContext } from './request-context';

/** What every mutation input may carry besides its own fields. */
export interface CommandOptions {
  readonly commandId?: string | null;
  readonly expectedRevision?: string | null;
}

/**
 * Sends a mutation's command on the bus with metadata from the request (never from the input,
 * except the caller's own command id), then waits, boundedly, until the read models include the
 * change, so the caller's next query sees it.
 */
@Injectable()
export class CommandSender {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly runner: ProjectionRunner,
    @Inject(CONCORDAT_CONFIG) private readonly config: ConcordatConfig,
  ) {}

  metadata(context: RequestContext, options: CommandOptions): CommandMetadata {
    return {
      actor: context.actor,
      commandId: options.commandId ?? randomUUID(),
      correlationId: context.correlationId,
      causationId: null,
      issuedAt: new Date().toISOString(),
    };
  }

  async send<C extends Command>(
    id: string,
    message: DomainCommandMessage<C>,
  ): Promise<CommandPayload> {
    const outcome: CommandOutcome = await this.commandBus.execute(message);
    const last = outcome.positions.at(-1);
    const caughtUp =
      last === undefined || (await this.runner.waitFor(last, this.config.readYourWritesMs));
    return {
      id,
      revision: outcome.revision?.toString() ?? '-1',
      globalPosition: last?.toString() ?? null,
      alreadyApplied: outcome.alreadyHandled,
      readModelsCaughtUp: caughtUp,
    };
  }
}

/**
 * Input objects arrive as class instances (the validation pipe builds them); commands must be
 * plain JSON, which is what the store hashes.
 */
export function plainData<T>(data: T): T {
  return JSON.parse(JSON.stringify(data)) as T;
}

export function expectedRevisionOf(options: CommandOptions): bigint | undefined {
  return options.expectedRevision ? BigInt(options.expectedRevision) : undefined;
}
