import { Module } from '@nestjs/common';
import { IntegrityModule } from '../integrity/integrity.module';
import { EvidenceArchiver } from './evidence-archiver';
import { EvidenceController } from './evidence.controller';

/** Evidence bundles over HTTP, proven against the checkpoints the integrity module signs. */
@Module({
  imports: [IntegrityModule],
  controllers: [EvidenceController],
  providers: [EvidenceArchiver],
})
export class EvidenceModule {}
