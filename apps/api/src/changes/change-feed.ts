import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { CONCORDAT_CONFIG, EVENT_STORE } from '@concordat/application';
import type { ConcordatConfig } from '@concordat/config';
import type { EventStore, StoredEvent } from '@concordat/event-store';
import { ProjectionRunner } from '@concordat/read-models';
import type { ChangeModel } from './change.model';
import { topicsOf } from './change-topics';

/**
 * Feeds GraphQL subscriptions from the store's global log (never from the write path, so every
 * process sees every change, whoever wrote it), publishing each event once the read models have
 * applied it.
 */
@Injectable()
export class ChangeFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly pubSub = new PubSub<Record<string, ChangeModel>>();
  private readonly controller = new AbortController();
  private running: Promise<void> | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    @Inject(CONCORDAT_CONFIG) private readonly config: ConcordatConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Subscribers want what happens from now on, not the history the read models already hold.
    const after = await this.runner.lowestCheckpoint();
    this.running = this.follow(after < 0n ? undefined : after);
  }

  async onApplicationShutdown(): Promise<void> {
    this.controller.abort();
    await this.running;
  }

  private async follow(after: bigint | undefined): Promise<void> {
    try {
      for await (const event of this.store.subscribeToAll({
        after,
        signal: this.controller.signal,
      })) {
        const topics = topicsOf(event);
        if (topics.length === 0) continue;
        await this.runner.waitFor(event.globalPosition, this.config.readYourWritesMs);
        for (const topic of topics) await this.pubSub.publish(topic, toChange(event));
      }
    } catch (error) {
      if (!this.controller.signal.aborted)
        Logger.error(`change feed stopped: ${String(error)}`, 'ChangeFeed');
    }
  }
}

function toChange(event: StoredEvent): ChangeModel {
  const partnershipId = event.data['partnershipId'];
  return {
    eventType: event.type,
    streamId: event.streamId,
    globalPosition: event.globalPosition.toString(),
    partnershipId: typeof partnershipId === 'string' ? partnershipId : null,
    recordedAt: new Date(event.recordedAt),
    actor: event.metadata.actor,
  };
}
