import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { executeCommand, type CommandOutcome } from '@concordat/command-handling';
import {
  frameworkVersionDecider,
  frameworkVersionStreamId,
  supersededVersionFacts,
  type FrameworkVersionCommand,
  type FrameworkVersionContext,
  type FrameworkVersionEvent,
  type FrameworkVersionState,
  type SupersedeFrameworkVersion,
} from '@concordat/domain';
import type { EventStore } from '@concordat/event-store';
import { EVENT_STORE } from '../event-store.module';
import { AggregateLookup } from '../shared/aggregate-lookup';
import { DeciderCommandHandler } from '../shared/decider-command-handler';
import { FrameworkVersionCommandMessage } from './framework-version-command';

@CommandHandler(FrameworkVersionCommandMessage)
export class FrameworkVersionCommandHandler extends DeciderCommandHandler<
  FrameworkVersionState,
  FrameworkVersionCommand,
  FrameworkVersionEvent,
  FrameworkVersionContext
> {
  protected readonly decider = frameworkVersionDecider;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly lookup: AggregateLookup,
  ) {
    super(store);
  }

  protected streamIdOf(command: FrameworkVersionCommand): string {
    return frameworkVersionStreamId(command.data.frameworkVersionId);
  }

  protected readonly aggregateName = 'framework version';

  protected aggregateIdOf(command: FrameworkVersionCommand): string {
    return command.data.frameworkVersionId;
  }

  protected override async context(
    command: FrameworkVersionCommand,
  ): Promise<FrameworkVersionContext> {
    if (command.type !== 'PublishFrameworkVersion' || command.data.supersedes === null) {
      return undefined;
    }
    const superseded = await this.lookup.frameworkVersion(command.data.supersedes ?? '');
    return { superseded: supersededVersionFacts(superseded) };
  }

  /**
   * Publishing a version that supersedes another also marks the older one superseded, on the
   * older version's stream. Its command id derives from the publication's, so running this
   * again after a crash between the two appends finishes the job without doing it twice.
   */
  override async execute(message: FrameworkVersionCommandMessage): Promise<CommandOutcome> {
    const outcome = await super.execute(message);
    const { command } = message;
    if (command.type === 'PublishFrameworkVersion' && command.data.supersedes) {
      const supersede: SupersedeFrameworkVersion = {
        type: 'SupersedeFrameworkVersion',
        data: {
          frameworkVersionId: command.data.supersedes,
          supersededBy: command.data.frameworkVersionId,
          on: command.data.publishedOn,
        },
        metadata: {
          ...command.metadata,
          commandId: `${command.metadata.commandId}:supersede`,
          causationId: command.metadata.commandId,
        },
      };
      await executeCommand(
        this.store,
        this.decider,
        frameworkVersionStreamId(command.data.supersedes),
        supersede,
        { cache: this.cache },
      );
    }
    return outcome;
  }
}
