import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { auditLogCursor, listAuditLog } from '@concordat/read-models';
import { toConnection } from '../graphql/pagination';
import { READ_MODELS } from '../read-models/read-models.module';
import { AuditLogArgs, AuditLogConnection, AuditLogEntryModel } from './audit-log.model';

@Resolver(() => AuditLogEntryModel)
export class AuditLogResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Query(() => AuditLogConnection, {
    description:
      'Every recorded event in log order, filtered by partnership, stream, actor, type or time.',
  })
  async auditLog(@Args() args: AuditLogArgs): Promise<AuditLogConnection> {
    return toConnection(await listAuditLog(this.readModels, args, args), auditLogCursor);
  }
}
