import { CombinedGraphQLErrors } from '@apollo/client';

/** The server's refusal of a command, split into what belongs beside a field and what does not. */
export interface CommandErrors {
  /** By input field, as the form names it: `action`, `resources.money.minorUnits`. */
  readonly fields: Readonly<Record<string, string>>;
  readonly general: readonly string[];
}

export const NO_ERRORS: CommandErrors = { fields: {}, general: [] };

interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldProblem).field === 'string' &&
    typeof (value as FieldProblem).message === 'string'
  );
}

/**
 * Validation failures list the input fields (`fields`), a broken rule of the domain may name the
 * one it concerns (`field`); refusals of access name none and are shown above the form.
 */
export function commandErrorsOf(error: unknown): CommandErrors {
  if (!CombinedGraphQLErrors.is(error)) {
    return { fields: {}, general: [error instanceof Error ? error.message : String(error)] };
  }
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const graphQLError of error.errors) {
    const problems = graphQLError.extensions?.['fields'];
    const field = graphQLError.extensions?.['field'];
    const fieldProblems = Array.isArray(problems)
      ? problems.filter(isFieldProblem)
      : typeof field === 'string'
        ? [{ field, message: graphQLError.message }]
        : [];
    if (fieldProblems.length === 0) general.push(graphQLError.message);
    for (const problem of fieldProblems) {
      fields[problem.field.replace(/^input\./, '')] = problem.message;
    }
  }
  return { fields, general };
}

export function hasErrors(errors: CommandErrors): boolean {
  return errors.general.length > 0 || Object.keys(errors.fields).length > 0;
}
