import {
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { CONCORDAT_CONFIG, RECORDED_LOG, OPENED_STORES } from '@concordat/application';
import { type CheckpointStore, ProvableLog, SqlCheckpointStore } from '@concordat/audit';
import type { ConcordatConfig } from '@concordat/config';
import type { EventStore, OpenedStores } from '@concordat/event-store';
import { offersDemoTokens } from '../demo/demo-tokens';
import { CHECKPOINT_STORE, CheckpointIssuer } from './checkpoint-issuer';
import { CHECKPOINT_KEYS, loadCheckpointKeys } from './checkpoint-keys';
import { CheckpointSchedule } from './checkpoint-schedule';
import { CheckpointResolver } from './checkpoint.resolver';
import { EventLookup } from './event-lookup';
import { ProofResolver } from './proof.resolver';

/** Held by the one API process that signs checkpoints on the schedule. */
const SIGNER_LOCK = 'concordat-checkpoint-signer';

/**
 * Signed checkpoints of the global log in GraphQL: the published key, the checkpoints, proofs
 * against them, and signing, on demand and every CONCORDAT_CHECKPOINT_INTERVAL_MS.
 */
@Module({
  providers: [
    {
      provide: CHECKPOINT_KEYS,
      inject: [CONCORDAT_CONFIG, OPENED_STORES],
      useFactory: (config: ConcordatConfig, stores: OpenedStores) =>
        loadCheckpointKeys(
          config.checkpointSigning,
          offersDemoTokens(config, stores) ? config.dataDir : undefined,
        ),
    },
    {
      provide: CHECKPOINT_STORE,
      inject: [OPENED_STORES],
      useFactory: (stores: OpenedStores) => new SqlCheckpointStore(stores.sql),
    },
    {
      provide: ProvableLog,
      inject: [RECORDED_LOG, CHECKPOINT_STORE],
      useFactory: (events: EventStore, checkpoints: CheckpointStore) =>
        new ProvableLog(events, checkpoints),
    },
    CheckpointIssuer,
    EventLookup,
    CheckpointResolver,
    ProofResolver,
  ],
  exports: [CHECKPOINT_KEYS, CHECKPOINT_STORE],
})
export class IntegrityModule implements OnApplicationBootstrap, OnModuleDestroy {
  private schedule: CheckpointSchedule | undefined;

  constructor(
    private readonly issuer: CheckpointIssuer,
    @Inject(OPENED_STORES) private readonly stores: OpenedStores,
    @Inject(CONCORDAT_CONFIG) private readonly config: ConcordatConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { intervalMs } = this.config.checkpointSigning;
    if (!this.issuer.canSign || intervalMs === 0) return;
    this.schedule = new CheckpointSchedule({
      intervalMs,
      tryLock: () => this.stores.sql.tryLockForSession(SIGNER_LOCK),
      logHasGrown: () => this.issuer.logHasGrown(),
      sign: async () => {
        const { checkpoint } = await this.issuer.sign();
        Logger.log(`signed the checkpoint of tree size ${checkpoint.treeSize}`, 'Checkpoints');
      },
      onError: (error) =>
        Logger.error(
          `signing a checkpoint failed and will be tried again: ${String(error)}`,
          'Checkpoints',
        ),
    });
    this.schedule.start();
  }

  /** Before the stores close: a signing under way finishes, and the lock is given up. */
  async onModuleDestroy(): Promise<void> {
    await this.schedule?.stop();
  }
}
