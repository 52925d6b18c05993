/** The stable codes every GraphQL error carries in `extensions.code`; never rename one. */
export enum ApiErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  NotFound = 'NOT_FOUND',
  ConcurrencyConflict = 'CONCURRENCY_CONFLICT',
  RuleViolated = 'RULE_VIOLATED',
  Forbidden = 'FORBIDDEN',
  Unauthenticated = 'UNAUTHENTICATED',
  Internal = 'INTERNAL',
}

export interface FieldProblem {
  /** Path of the input field, e.g. `input.resources.money.minorUnits`. */
  readonly field: string;
  readonly message: string;
}

/** An error raised at the API's edge (a resolver or a pipe), already in the API's terms. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static notFound(what: string, id: string): ApiError {
    return new ApiError(ApiErrorCode.NotFound, `${what} ${id} was not found`, { id });
  }

  static validation(problems: readonly FieldProblem[]): ApiError {
    const summary = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
    return new ApiError(ApiErrorCode.ValidationFailed, `invalid input: ${summary}`, {
      fields: problems,
    });
  }
}
