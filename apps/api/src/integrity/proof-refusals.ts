import { EventNotCovered, LogDiffersFromCheckpoint } from '@concordat/audit';
import { RuleViolation } from '@concordat/shared-kernel';
import { ApiError, ApiErrorCode } from '../graphql/api-error';

/**
 * Why a proof cannot be given, in the API's terms: an event the checkpoint does not cover yet is
 * a rule the caller can act on (RULE_VIOLATED: ask against a later checkpoint); a log that no
 * longer matches its checkpoints is the server's fault (INTERNAL), said in words the operator
 * can act on, since nothing secret is in them.
 */
export async function refusedInApiTerms<T>(prove: () => T | Promise<T>): Promise<T> {
  try {
    return await prove();
  } catch (error) {
    if (error instanceof EventNotCovered) {
      throw new RuleViolation('ProvenEventMustBeCheckpointed', error.message);
    }
    if (error instanceof LogDiffersFromCheckpoint) {
      throw new ApiError(ApiErrorCode.Internal, error.message);
    }
    throw error;
  }
}
