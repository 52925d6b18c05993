import { Inject, Injectable } from '@nestjs/common';
import {
  CheckpointRefused,
  type CheckpointStore,
  issueCheckpoint,
  type IssuedCheckpoint,
} from '@concordat/audit';
import { RECORDED_LOG } from '@concordat/application';
import type { EventStore } from '@concordat/event-store';
import { RuleViolation } from '@concordat/shared-kernel';
import { CHECKPOINT_KEYS, type CheckpointKeys } from './checkpoint-keys';

export const CHECKPOINT_STORE = Symbol('CHECKPOINT_STORE');

/**
 * Signs checkpoints of the whole log with the configured key, on demand and on the schedule,
 * one at a time in this process. Refusals are rules the caller can read: RULE_VIOLATED.
 */
@Injectable()
export class CheckpointIssuer {
  private signing: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(RECORDED_LOG) private readonly events: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(CHECKPOINT_KEYS) private readonly keys: CheckpointKeys,
  ) {}

  get canSign(): boolean {
    return this.keys.privateKeyPem !== undefined;
  }

  /** Whether there are events the latest checkpoint does not cover, read without the log itself. */
  async logHasGrown(): Promise<boolean> {
    const [head, latest] = await Promise.all([
      this.events.headPosition(),
      this.checkpoints.latest(),
    ]);
    return head !== null && (latest === undefined || head > latest.lastPosition);
  }

  /** Signs the whole log, or answers the latest checkpoint when the log has not grown since. */
  async sign(): Promise<IssuedCheckpoint> {
    const { privateKeyPem } = this.keys;
    if (privateKeyPem === undefined) {
      throw new RuleViolation(
        'CheckpointsNeedASigningKey',
        'this server has no checkpoint signing key: set CONCORDAT_SIGNING_KEY_FILE ' +
          '(make a key pair with concordat keys generate)',
      );
    }
    const issued = this.signing.then(() => this.issue(privateKeyPem));
    this.signing = issued.catch(() => undefined);
    return issued;
  }

  private async issue(privateKeyPem: string): Promise<IssuedCheckpoint> {
    const before = await this.checkpoints.latest();
    try {
      return await this.attempt(privateKeyPem);
    } catch (error) {
      if (!(error instanceof RuleViolation)) throw error;
      // Another process signed meanwhile (the same tree size is refused): once more, against it.
      const after = await this.checkpoints.latest();
      if (after?.treeSize === before?.treeSize) throw error;
      return this.attempt(privateKeyPem);
    }
  }

  private async attempt(privateKeyPem: string): Promise<IssuedCheckpoint> {
    try {
      return await issueCheckpoint({
        events: this.events,
        checkpoints: this.checkpoints,
        privateKeyPem,
        issuedAt: new Date().toISOString(),
      });
    } catch (error) {
      if (error instanceof CheckpointRefused) {
        throw new RuleViolation('CheckpointCannotBeSigned', error.message);
      }
      throw error;
    }
  }
}
