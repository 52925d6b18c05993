import { Inject, Injectable } from '@nestjs/common';
import { AggregateCache, executeCommand } from '@concordat/command-handling';
import {
  commitmentDecider,
  commitmentStreamId,
  commitmentUpcasters,
  type CommitmentProposed,
  type FlagCommitmentForBoard,
  type WithdrawPartner,
} from '@concordat/domain';
import type { EventStore } from '@concordat/event-store';
import { upcastEvent } from '@concordat/shared-kernel';
import { EVENT_STORE } from '../event-store.module';

/**
 * When a partner withdraws, every commitment it is party to is flagged for the board: the
 * commitment decides for itself whether it is still open (a closed one ignores the flag). Each
 * flag's command id derives from the withdrawal's, so re-running after a crash completes the set
 * without flagging twice.
 *
 * The commitments are found by reading the global log up to the withdrawal itself (waiting, if
 * need be, for older transactions to finish so that none is skipped); this is slow on a large
 * store; it reads the log rather than the commitments read model because the read model may
 * lag, and a commitment it has not yet applied must still be flagged.
 */
/** How long to wait for transactions older than the withdrawal to finish. */
const HORIZON_WAIT_MS = 30_000;

@Injectable()
export class FlagCommitmentsOfWithdrawnPartner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly cache: AggregateCache,
  ) {}

  async flag(withdrawal: WithdrawPartner, withdrawnAt: bigint): Promise<void> {
    const { partnershipId, partnerId, reason } = withdrawal.data;
    for (const commitmentId of await this.commitmentsOf(partnershipId, partnerId, withdrawnAt)) {
      const command: FlagCommitmentForBoard = {
        type: 'FlagCommitmentForBoard',
        data: { partnershipId, commitmentId, partnerId, reason: `Partner withdrew: ${reason}` },
        metadata: {
          ...withdrawal.metadata,
          commandId: `${withdrawal.metadata.commandId}:flag:${commitmentId}`,
          causationId: withdrawal.metadata.commandId,
        },
      };
      await executeCommand(
        this.store,
        commitmentDecider,
        commitmentStreamId(commitmentId),
        command,
        { upcasters: commitmentUpcasters, cache: this.cache },
      );
    }
  }

  private async commitmentsOf(
    partnershipId: string,
    partnerId: string,
    upTo: bigint,
  ): Promise<string[]> {
    const found = new Set<string>();
    let after = -1n;
    const giveUpAt = Date.now() + HORIZON_WAIT_MS;
    while (after < upTo) {
      const page = await this.store.readAll({ after, maxCount: 1_000 });
      for (const stored of page) {
        if (stored.type !== 'CommitmentProposed') continue;
        const proposed = upcastEvent(commitmentUpcasters, stored) as CommitmentProposed;
        const { data } = proposed;
        if (
          data.partnershipId === partnershipId &&
          data.parties.some((p) => p.partnerId === partnerId)
        ) {
          found.add(data.commitmentId);
        }
      }
      const last = page.at(-1);
      if (last) {
        after = last.globalPosition;
      } else if (Date.now() > giveUpAt) {
        throw new Error('an older transaction kept the global log from reaching the withdrawal');
      } else {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    return [...found];
  }
}
