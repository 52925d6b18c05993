import type { CommandBus } from '@nestjs/cqrs';
import {
  AgreementCommandMessage,
  CommitmentCommandMessage,
  EngagementCommandMessage,
  FrameworkVersionCommandMessage,
  IndicatorObservationCommandMessage,
  MeetingCommandMessage,
  PartnershipCommandMessage,
  type DomainCommandMessage,
} from '@concordat/application';
import type { CommandOutcome } from '@concordat/command-handling';
import type { Command } from '@concordat/shared-kernel';
import type { DemoStep } from '../demo-step';

/**
 * The command bus message for a step: the bus routes by message class, one per aggregate. Kept
 * under testing/ so that the demo data never depends on the application, which may load it.
 */
export function demoMessage(step: DemoStep): DomainCommandMessage<Command> {
  switch (step.aggregate) {
    case 'framework':
      return new FrameworkVersionCommandMessage(step.command);
    case 'partnership':
      return new PartnershipCommandMessage(step.command);
    case 'agreement':
      return new AgreementCommandMessage(step.command);
    case 'observation':
      return new IndicatorObservationCommandMessage(step.command);
    case 'commitment':
      return new CommitmentCommandMessage(step.command);
    case 'meeting':
      return new MeetingCommandMessage(step.command);
    case 'engagement':
      return new EngagementCommandMessage(step.command);
  }
}

export interface DemoOutcome {
  readonly step: DemoStep;
  readonly outcome: CommandOutcome;
}

/** Sends each step in turn; a refusal names the step that was refused. */
export async function runDemo(
  commandBus: CommandBus,
  steps: readonly DemoStep[],
): Promise<DemoOutcome[]> {
  const outcomes: DemoOutcome[] = [];
  for (const step of steps) {
    try {
      outcomes.push({ step, outcome: await commandBus.execute(demoMessage(step)) });
    } catch (error) {
      const { commandId } = step.command.metadata;
      throw new Error(`${commandId} ${step.command.type} was refused: ${String(error)}`, {
        cause: error,
      });
    }
  }
  return outcomes;
}
