/**
 * A business rule said no. `rule` is the rule's name as a sentence in PascalCase
 * (`CommitmentCannotBeAcceptedTwice`): stable, so clients and tests can rely on it.
 */
export class RuleViolation extends Error {
  constructor(
    readonly rule: string,
    message: string,
    /** The input field the rule is about, as a path (`resources.money.minorUnits`), if any. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'RuleViolation';
  }
}

/** Throws a RuleViolation naming `rule` unless `condition` holds. */
export function ensure(
  condition: boolean,
  rule: string,
  message: string,
  field?: string,
): asserts condition {
  if (!condition) throw new RuleViolation(rule, message, field);
}
