import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { PinoLogger } from 'nestjs-pino';
import type { Principal } from '@concordat/access-control';
import { CONCORDAT_CONFIG, type DomainCommandMessage } from '@concordat/application';
import type { CommandOutcome } from '@concordat/command-handling';
import type { ConcordatConfig } from '@concordat/config';
import { ProjectionRunner } from '@concordat/read-models';
import type { Command, CommandMetadata } from '@concordat/shared-kernel';
import { Metrics } from '../observability/metrics';
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
    private readonly metrics: Metrics,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('CommandSender');
  }

  metadata(context: RequestContext, options: CommandOptions): CommandMetadata {
    return {
      actor: context.actor,
      commandId: options.commandId ?? randomUUID(),
      correlationId: context.correlationId,
      causationId: null,
      issuedAt: new Date().toISOString(),
    };
  }

  /** Builds a command from a mutation's data and the request, then sends it (see `send`). */
  sendCommand<C extends Command>(
    Message: new (
      command: C,
      principal: Principal,
      expectedRevision?: bigint,
    ) => DomainCommandMessage<C>,
    id: string,
    type: C['type'],
    data: C['data'],
    options: CommandOptions,
    context: RequestContext,
  ): Promise<CommandPayload> {
    const command = { type, data: plainData(data), metadata: this.metadata(context, options) } as C;
    return this.send(id, new Message(command, context.principal, expectedRevisionOf(options)));
  }

  async send<C extends Command>(
    id: string,
    message: DomainCommandMessage<C>,
  ): Promise<CommandPayload> {
    const outcome: CommandOutcome = await this.commandBus.execute(message);
    const aggregate = message.constructor.name.replace(/CommandMessage$/, '');
    if (!outcome.alreadyHandled) {
      this.metrics.eventsAppended.inc({ aggregate }, outcome.positions.length);
    }
    // The request's correlation id rides along in the logger's context.
    this.logger.info(
      {
        command: message.command.type,
        commandId: message.command.metadata.commandId,
        streamId: outcome.streamId,
        positions: outcome.positions.map(String),
        alreadyApplied: outcome.alreadyHandled,
      },
      'command applied',
    );
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
