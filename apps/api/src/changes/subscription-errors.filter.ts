import { Catch } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { mapError } from '../graphql/error-mapping';
import { QuietCallerErrorsFilter } from '../graphql/quiet-caller-errors.filter';

/**
 * graphql-ws sends a subscription's errors as they are thrown: Apollo's formatError, which gives
 * every error over HTTP its code, never sees them. So a refusal to subscribe carries its code
 * itself, mapped the same way (and an unexpected failure says nothing about why).
 */
@Catch()
export class SubscriptionErrorsFilter extends QuietCallerErrorsFilter {
  override catch(exception: unknown): GraphQLError {
    super.catch(exception);
    const { code, message, details } = mapError(exception);
    return new GraphQLError(message, { extensions: { code, ...details } });
  }
}
