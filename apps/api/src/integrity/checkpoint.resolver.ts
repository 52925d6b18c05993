import { authorizeOperation } from '@concordat/access-control';
import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ProvableLog, publishedCheckpoint, type PublishedCheckpoint } from '@concordat/audit';
import { decodeCursor, encodeCursor, InvalidCursorError, pageFrom } from '@concordat/read-models';
import { type Connection, PageArgs, toConnection } from '../graphql/pagination';
import { ensureCanRead } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { CheckpointIssuer } from './checkpoint-issuer';
import { CHECKPOINT_KEYS, type CheckpointKeys } from './checkpoint-keys';
import {
  CheckpointConnection,
  CheckpointPublicKeyModel,
  SignCheckpointPayload,
} from './integrity.models';
import { VolatileAnswer } from '../answer-cache/volatile-answer';

const TREE_SIZE = /^[1-9][0-9]{0,18}$/;
const cursorOf = (checkpoint: PublishedCheckpoint) => encodeCursor([checkpoint.treeSize]);

@Resolver()
export class CheckpointResolver {
  constructor(
    private readonly log: ProvableLog,
    private readonly issuer: CheckpointIssuer,
    @Inject(CHECKPOINT_KEYS) private readonly keys: CheckpointKeys,
  ) {}

  /** Published: anyone may ask, token or not, public reads on or off. */
  @VolatileAnswer()
  @Query(() => CheckpointPublicKeyModel, {
    nullable: true,
    description:
      'The public key that verifies the checkpoints this server signs, for anyone; null when it has no key.',
  })
  checkpointPublicKey(): CheckpointPublicKeyModel | null {
    return this.keys.published ?? null;
  }

  @VolatileAnswer()
  @Query(() => CheckpointConnection, {
    description: 'Every signed checkpoint of the global log, the smallest tree first.',
  })
  async checkpoints(
    @Args() page: PageArgs,
    @Context() context: RequestContext,
  ): Promise<Connection<PublishedCheckpoint>> {
    ensureCanRead(context, 'members');
    const after = page.after ? treeSizeAfter(page.after) : 0n;
    const rows = (await this.log.signedCheckpoints())
      .filter((checkpoint) => BigInt(checkpoint.treeSize) > after)
      .slice(0, page.first + 1)
      .map(publishedCheckpoint);
    return toConnection(pageFrom(rows, page.first, cursorOf), cursorOf);
  }

  @Mutation(() => SignCheckpointPayload, {
    description:
      'Signs a checkpoint of the whole log now, for platform administrators; when the log has not grown since the latest checkpoint, answers that one. RULE_VIOLATED when the server has no signing key (CheckpointsNeedASigningKey) or the log does not extend the latest checkpoint (CheckpointCannotBeSigned).',
  })
  async signCheckpoint(@Context() context: RequestContext): Promise<SignCheckpointPayload> {
    authorizeOperation(context.principal, 'signCheckpoint');
    const { checkpoint, created } = await this.issuer.sign();
    return { checkpoint: publishedCheckpoint(checkpoint), created };
  }
}

function treeSizeAfter(cursor: string): bigint {
  const [treeSize] = decodeCursor(cursor, 1);
  if (!treeSize || !TREE_SIZE.test(treeSize)) throw new InvalidCursorError(cursor);
  return BigInt(treeSize);
}
