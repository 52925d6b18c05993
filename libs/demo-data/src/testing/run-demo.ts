import type { CommandBus } from '@nestjs/cqrs';
import { demoMessage } from '@concordat/application';
import type { CommandOutcome } from '@concordat/command-handling';
import type { DemoStep } from '../demo-step';

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
