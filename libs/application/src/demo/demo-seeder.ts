import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandOutcome } from '@concordat/command-handling';
import type { DemoStep } from '@concordat/demo-data/demo-step';
import type { EventStore } from '@concordat/event-store';
import { assertNever } from '@concordat/shared-kernel';
import { systemPrincipal } from '@concordat/access-control';
import { AgreementCommandMessage } from '../agreements/agreement-command';
import { CommitmentCommandMessage } from '../commitments/commitment-command';
import { EngagementCommandMessage } from '../engagement/engagement-command';
import { EVENT_STORE } from '../event-store.module';
import { FrameworkVersionCommandMessage } from '../frameworks/framework-version-command';
import { MeetingCommandMessage } from '../meetings/meeting-command';
import { IndicatorObservationCommandMessage } from '../observations/indicator-observation-command';
import { PartnershipCommandMessage } from '../partnerships/partnership-command';

export interface SeedReport {
  readonly applied: number;
  readonly alreadyPresent: number;
}

/** The demo story is told by Concordat itself; each step's command names the person in the story. */
const DEMO_LOADER = systemPrincipal('system:demo-loader');

/** The message that carries a demo step's command to its handler on the command bus. */
export function demoMessage(step: DemoStep) {
  switch (step.aggregate) {
    case 'framework':
      return new FrameworkVersionCommandMessage(step.command, DEMO_LOADER);
    case 'partnership':
      return new PartnershipCommandMessage(step.command, DEMO_LOADER);
    case 'agreement':
      return new AgreementCommandMessage(step.command, DEMO_LOADER);
    case 'observation':
      return new IndicatorObservationCommandMessage(step.command, DEMO_LOADER);
    case 'commitment':
      return new CommitmentCommandMessage(step.command, DEMO_LOADER);
    case 'meeting':
      return new MeetingCommandMessage(step.command, DEMO_LOADER);
    case 'engagement':
      return new EngagementCommandMessage(step.command, DEMO_LOADER);
    default:
      return assertNever(step, 'demo step');
  }
}

/**
 * Loads a demo story through the same command bus and rules as real use. Every step has a fixed
 * command id, so seeding twice writes nothing the second time.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async seed(steps: readonly DemoStep[]): Promise<SeedReport> {
    let applied = 0;
    for (const step of steps) {
      const outcome: CommandOutcome = await this.commandBus.execute(demoMessage(step));
      if (!outcome.alreadyHandled) applied += 1;
    }
    return { applied, alreadyPresent: steps.length - applied };
  }

  /** True when the store holds no events at all: the only time a demo loads by itself. */
  async storeIsEmpty(): Promise<boolean> {
    return (await this.store.readAll({ maxCount: 1 })).length === 0;
  }
}
