import { Catch, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { ApiErrorCode } from './api-error';
import { mapError } from './error-mapping';

/**
 * Lets every GraphQL error through to the error mapper, logging only the ones that are ours
 * (INTERNAL): a refused command or a bad input is the caller's business, not an incident.
 */
@Catch()
export class QuietCallerErrorsFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown): unknown {
    if (mapError(exception).code === ApiErrorCode.Internal) {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    }
    return exception;
  }
}
