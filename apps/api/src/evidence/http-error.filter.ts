import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ApiErrorCode } from '../graphql/api-error';
import { mapError } from '../graphql/error-mapping';

/** The HTTP status of each of the API's error codes, for the routes that are not GraphQL. */
const STATUS: Readonly<Record<ApiErrorCode, number>> = {
  [ApiErrorCode.ValidationFailed]: 400,
  [ApiErrorCode.Unauthenticated]: 401,
  [ApiErrorCode.Forbidden]: 403,
  [ApiErrorCode.NotFound]: 404,
  [ApiErrorCode.ConcurrencyConflict]: 409,
  [ApiErrorCode.RuleViolated]: 409,
  [ApiErrorCode.Internal]: 500,
};

/**
 * A plain HTTP route's errors in the API's terms: the same mapper, codes and body shape as a
 * GraphQL error (`{ errors: [{ message, extensions: { code } }] }`), with the matching status.
 * As in GraphQL, only INTERNAL is logged, and it says nothing about why.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const { code, message, details } = mapError(exception);
    if (code === ApiErrorCode.Internal) {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    }
    const response = host.switchToHttp().getResponse<Response>();
    if (code === ApiErrorCode.Unauthenticated) response.setHeader('WWW-Authenticate', 'Bearer');
    response.status(STATUS[code]).json({ errors: [{ message, extensions: { code, ...details } }] });
  }
}
