import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import {
  auditLogCursor,
  findStreamOwner,
  listAuditLog,
  listStreamHistory,
  streamHistoryCursor,
} from '@concordat/read-models';
import { ApiError } from '../graphql/api-error';
import { toConnection } from '../graphql/pagination';
import { ensureCanRead, ensureVisible, visiblePartnershipIds } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { READ_MODELS } from '../read-models/read-models.module';
import { streamIdOf } from './aggregate.input';
import {
  AuditLogArgs,
  AuditLogConnection,
  AuditLogEntryModel,
  HistoryArgs,
} from './audit-log.model';

/** The one stream the trail is narrowed to, named by aggregate or by id, but not both ways. */
function streamFilterOf({ aggregate, streamId }: AuditLogArgs): string | null | undefined {
  if (aggregate && streamId) {
    throw ApiError.validation([
      { field: 'streamId', message: 'give aggregate or streamId, not both' },
    ]);
  }
  return aggregate ? streamIdOf(aggregate) : streamId;
}

@Resolver(() => AuditLogEntryModel)
export class AuditLogResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Query(() => AuditLogConnection, {
    description:
      "Every recorded event in log order, filtered by partnership, aggregate or stream, actor, type, and when it was recorded or happened: a member's partnerships' events and the national framework's.",
  })
  async auditLog(
    @Args() args: AuditLogArgs,
    @Context() context: RequestContext,
  ): Promise<AuditLogConnection> {
    ensureCanRead(context, 'members');
    const filter = {
      ...args,
      streamId: streamFilterOf(args),
      partnershipIds: visiblePartnershipIds(context.scope),
    };
    return toConnection(await listAuditLog(this.readModels, filter, args), auditLogCursor);
  }

  @Query(() => AuditLogConnection, {
    description:
      "One aggregate's events in revision order. NOT_FOUND when it has none, or belongs to a partnership the caller does not read.",
  })
  async history(
    @Args() args: HistoryArgs,
    @Context() context: RequestContext,
  ): Promise<AuditLogConnection> {
    ensureCanRead(context, 'members');
    const streamId = streamIdOf(args.aggregate);
    ensureVisible(
      context.scope,
      await findStreamOwner(this.readModels, streamId),
      'stream',
      streamId,
    );
    return toConnection(
      await listStreamHistory(this.readModels, streamId, args),
      streamHistoryCursor,
    );
  }
}
