import {
  Controller,
  Get,
  Header,
  Inject,
  Param,
  Req,
  Res,
  StreamableFile,
  UseFilters,
} from '@nestjs/common';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import {
  AccessDenied,
  ANONYMOUS,
  authorizeOperation,
  readScopeOf,
  seesPartnership,
} from '@concordat/access-control';
import { CONCORDAT_CONFIG } from '@concordat/application';
import type { ConcordatConfig } from '@concordat/config';
import { partnershipById } from '@concordat/read-models';
import type { AuthenticatedRequest } from '../identity/authentication.middleware';
import { READ_MODELS } from '../read-models/read-models.module';
import { EvidenceArchiver } from './evidence-archiver';
import { HttpErrorFilter } from './http-error.filter';

/**
 * `GET /evidence/<partnershipId>.tar.gz`: the partnership's evidence bundle for auditors and
 * platform administrators, with the bearer token as for GraphQL. Unpacked, it is checked offline
 * with `concordat audit verify --bundle evidence-<partnershipId>`.
 */
@Controller('evidence')
@UseFilters(HttpErrorFilter)
export class EvidenceController {
  constructor(
    private readonly archiver: EvidenceArchiver,
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CONCORDAT_CONFIG) private readonly config: ConcordatConfig,
  ) {}

  @Get(':partnershipId.tar.gz')
  @Header('Content-Type', 'application/gzip')
  @Header('Cache-Control', 'no-store')
  async download(
    @Param('partnershipId') partnershipId: string,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const principal = req.principal ?? ANONYMOUS;
    authorizeOperation(principal, 'downloadEvidence');
    // Outside the caller's partnerships, or not there at all: the same answer.
    const scope = readScopeOf(principal, this.config.auth.publicReads);
    const partnership = await partnershipById(this.readModels, partnershipId);
    if (!partnership || !seesPartnership(scope, partnershipId)) {
      throw AccessDenied.notFound('partnership', partnershipId);
    }
    const archive = await this.archiver.archive(partnershipId);
    res.setHeader('Content-Disposition', `attachment; filename="${archive.directory}.tar.gz"`);
    return new StreamableFile(archive.bytes);
  }
}
