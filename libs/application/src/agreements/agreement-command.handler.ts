import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import {
  agreementDecider,
  agreementStreamId,
  draftingContextFrom,
  type AgreementCommand,
  type AgreementContext,
  type AgreementEvent,
  type AgreementState,
} from '@concordat/domain';
import type { EventStore } from '@concordat/event-store';
import { EVENT_STORE } from '../event-store.module';
import { AggregateLookup } from '../shared/aggregate-lookup';
import { DeciderCommandHandler } from '../shared/decider-command-handler';
import { AgreementCommandMessage } from './agreement-command';

@CommandHandler(AgreementCommandMessage)
export class AgreementCommandHandler extends DeciderCommandHandler<
  AgreementState,
  AgreementCommand,
  AgreementEvent,
  AgreementContext
> {
  protected readonly decider = agreementDecider;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly lookup: AggregateLookup,
  ) {
    super(store);
  }

  protected streamIdOf(command: AgreementCommand): string {
    return agreementStreamId(command.data.agreementId);
  }

  protected readonly aggregateName = 'agreement';

  protected aggregateIdOf(command: AgreementCommand): string {
    return command.data.agreementId;
  }

  /** Drafting needs the framework and the partnership; any change may cite a board decision. */
  protected override async context(command: AgreementCommand): Promise<AgreementContext> {
    if (command.type === 'DraftAgreement') {
      const [framework, partnership] = await Promise.all([
        this.lookup.frameworkVersion(command.data.frameworkVersionId),
        this.lookup.partnership(command.data.partnershipId),
      ]);
      return draftingContextFrom(framework, partnership);
    }
    const reference = 'decision' in command.data ? command.data.decision : null;
    return { decision: await this.lookup.decision(reference, command.data.partnershipId) };
  }
}
