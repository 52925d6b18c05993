import { RuleViolation } from '@concordat/shared-kernel';

/** The RuleViolation a call throws, to look at the field it names; fails if it throws nothing. */
export function refusalOf(run: () => unknown): RuleViolation {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleViolation) return error;
    throw error;
  }
  throw new Error('expected a RuleViolation, but the call succeeded');
}
