import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ErrorRequestHandler } from 'express';
import { ApiErrorCode } from '../graphql/api-error';
import { RefusalCode } from './refusal-code';

/** What body-parser throws: an HTTP status, and whether its message is fit for the caller. */
interface BodyParserError {
  readonly status: number;
  readonly expose: boolean;
  readonly type: string;
  readonly message: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const candidate = error as Partial<BodyParserError> | null;
  return (
    typeof candidate?.status === 'number' &&
    typeof candidate.type === 'string' &&
    typeof candidate.expose === 'boolean'
  );
}

/** body-parser says whether its message is fit for the caller (a JSON syntax error's is). */
function refusalOf(error: BodyParserError, bytes: number): { message: string; code: string } {
  if (error.status === 413) {
    return {
      message: `the request body is larger than ${bytes} bytes`,
      code: RefusalCode.PayloadTooLarge,
    };
  }
  return {
    message: error.expose ? error.message : 'the request body could not be read',
    code: error.status < 500 ? ApiErrorCode.ValidationFailed : ApiErrorCode.Internal,
  };
}

/**
 * Parses JSON bodies up to `bytes`, answering a larger one 413. A body refused here answers as a
 * GraphQL error would, never with Express's default page, which carries a stack trace outside
 * production.
 */
export function limitJsonBodies(app: NestExpressApplication, bytes: number): void {
  app.useBodyParser('json', { limit: bytes });
  const refuseBody: ErrorRequestHandler = (error, _req, res, next) => {
    if (!isBodyParserError(error)) {
      next(error);
      return;
    }
    const { message, code } = refusalOf(error, bytes);
    res.status(error.status).json({ errors: [{ message, extensions: { code } }] });
  };
  app.use(refuseBody);
}
