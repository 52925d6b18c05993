import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '@concordat/application';
import type { EventStore } from '@concordat/event-store';
import { ProjectionRunner } from '@concordat/read-models';
import type { ProjectionStatusModel } from './projection-status.model';

const COUNT_UP_TO = 1_000;

/** Each projection's state with how many recorded events it has still to apply. */
@Injectable()
export class ProjectionLag {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async statuses(): Promise<ProjectionStatusModel[]> {
    await this.runner.refresh();
    const head = (await this.store.headPosition()) ?? -1n;
    return Promise.all(
      this.runner.status().map(async (status) => ({
        name: status.name,
        state: status.state,
        position: status.position.toString(),
        caughtUp: status.position >= head,
        behind: (await this.store.readAll({ after: status.position, maxCount: COUNT_UP_TO }))
          .length,
        lastError: status.lastError,
      })),
    );
  }
}
