import { Inject, Injectable } from '@nestjs/common';
import {
  BUNDLE_FILES,
  type CheckpointStore,
  EvidenceExportRefused,
  exportEvidence,
} from '@concordat/audit';
import { RECORDED_LOG } from '@concordat/application';
import type { EventStore } from '@concordat/event-store';
import { RuleViolation } from '@concordat/shared-kernel';
import { CHECKPOINT_STORE } from '../integrity/checkpoint-issuer';
import { CHECKPOINT_KEYS, type CheckpointKeys } from '../integrity/checkpoint-keys';
import { gzippedTar } from './gzipped-tar';

/** Which Concordat made a bundle, as serverInfo reports its version. */
const TOOL_VERSION = `concordat ${process.env.npm_package_version ?? '(version unknown)'}`;

export interface EvidenceArchive {
  /** The directory the archive unpacks into, for `concordat audit verify --bundle`. */
  readonly directory: string;
  readonly bytes: Buffer;
}

/**
 * A partnership's evidence bundle as `concordat audit export` writes it, packed as a gzip'd tar
 * of one directory. Made from the recorded log (personal data sealed, as hashed), proven against
 * the latest checkpoint and signed with this server's checkpoint key. What stops an export is a
 * rule the caller can read: RULE_VIOLATED.
 */
@Injectable()
export class EvidenceArchiver {
  constructor(
    @Inject(RECORDED_LOG) private readonly events: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(CHECKPOINT_KEYS) private readonly keys: CheckpointKeys,
  ) {}

  async archive(partnershipId: string): Promise<EvidenceArchive> {
    const { privateKeyPem } = this.keys;
    if (privateKeyPem === undefined) {
      throw new RuleViolation(
        'EvidenceNeedsASigningKey',
        'this server has no checkpoint signing key to sign the bundle with: set ' +
          'CONCORDAT_SIGNING_KEY_FILE (make a key pair with concordat keys generate)',
      );
    }
    const createdAt = new Date();
    const { bundle } = await exportEvidence({
      events: this.events,
      checkpoints: this.checkpoints,
      privateKeyPem,
      partnershipId,
      createdAt: createdAt.toISOString(),
      toolVersion: TOOL_VERSION,
    }).catch((error: unknown) => {
      if (error instanceof EvidenceExportRefused) {
        throw new RuleViolation('EvidenceCannotBeExported', error.message);
      }
      throw error;
    });
    const directory = `evidence-${partnershipId}`;
    const files = Object.values(BUNDLE_FILES).map((name) => ({ name, content: bundle[name] }));
    return { directory, bytes: gzippedTar(directory, files, createdAt) };
  }
}
