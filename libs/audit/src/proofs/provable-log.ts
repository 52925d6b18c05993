import { setTimeout as delay } from 'node:timers/promises';
import type { EventStore } from '@concordat/event-store';
import { MerkleRootBuilder, merkleTreeHash } from '@concordat/integrity';
import type { CheckpointStore, StoredCheckpoint } from '../checkpoints/checkpoint-store';
import { leafOfEvent } from '../log/leaf-of-event';
import { LogDiffersFromCheckpoint } from './proof-refusals';
import { ProofSource } from './proof-source';

const PAGE_SIZE = 1_000;
const WAIT_FOR_HORIZON_MS = 50;

/**
 * The global log's leaf hashes in position order, up to its latest checkpoint, held in memory so
 * that a proof reads no events: each call reads only the events signed since the one before.
 * Every checkpoint's root is recomputed from the leaves before anything is proven against it.
 *
 * Memory: a 64-character hex string and a bigint position per event, about 100 bytes, so some
 * 100 MB for a million events, held for as long as the process runs. Each proof still hashes the
 * leaves of the tree it is against: linear in its size, about 2.5 s of CPU per million events.
 */
export class ProvableLog {
  private readonly leaves: string[] = [];
  private readonly positions: bigint[] = [];
  private readonly tree = new MerkleRootBuilder();
  private checkpoints: readonly StoredCheckpoint[] = [];
  private readonly checkedSizes = new Set<string>();
  /** Catching up runs one call at a time: the leaves are appended in order. */
  private catchingUp: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly events: EventStore,
    private readonly store: CheckpointStore,
  ) {}

  /** Every checkpoint signed so far, the smallest tree first, read again when the latest changes. */
  async signedCheckpoints(): Promise<readonly StoredCheckpoint[]> {
    const latest = await this.store.latest();
    if (latest?.treeSize !== this.checkpoints.at(-1)?.treeSize) {
      this.checkpoints = await this.store.list();
    }
    return this.checkpoints;
  }

  /**
   * What can be proven now: every checkpoint signed so far, each checked against the log, with
   * the leaves they cover. Throws LogDiffersFromCheckpoint when the log no longer has the tree
   * one of them signed.
   */
  proofSource(): Promise<ProofSource> {
    const next = this.catchingUp.then(() => this.catchUp());
    this.catchingUp = next.catch(() => undefined);
    return next;
  }

  private async catchUp(): Promise<ProofSource> {
    const checkpoints = await this.signedCheckpoints();
    for (const checkpoint of checkpoints) {
      if (this.checkedSizes.has(checkpoint.treeSize)) continue;
      await this.check(checkpoint);
      this.checkedSizes.add(checkpoint.treeSize);
    }
    return new ProofSource(checkpoints, this.leaves, this.positions);
  }

  private async check(checkpoint: StoredCheckpoint): Promise<void> {
    const size = BigInt(checkpoint.treeSize);
    await this.extendTo(size);
    // A checkpoint smaller than the leaves already held (signed late, or by hand) is the rare
    // case that pays for hashing its tree again.
    const root =
      size === this.tree.size
        ? this.tree.root()
        : merkleTreeHash(this.leaves.slice(0, Number(size)));
    if (root !== checkpoint.rootHash) {
      throw new LogDiffersFromCheckpoint(
        `the log's first ${size} events no longer have the root the checkpoint of tree size ` +
          `${size} signed`,
      );
    }
  }

  /** Reads the log on from the last leaf held until it holds `size` leaves. */
  private async extendTo(size: bigint): Promise<void> {
    while (this.tree.size < size) {
      const after = this.positions.at(-1);
      const wanted = size - this.tree.size;
      const page = await this.events.readAll({
        after,
        maxCount: wanted < PAGE_SIZE ? Number(wanted) : PAGE_SIZE,
      });
      if (page.length === 0) {
        await this.waitForMore(after, size);
        continue;
      }
      for (const event of page) {
        const leaf = leafOfEvent(event);
        this.tree.append(leaf);
        this.leaves.push(leaf);
        this.positions.push(event.globalPosition);
      }
    }
  }

  /**
   * An empty page short of the head only means an older transaction is still open, so wait and
   * read on; at the head, the log holds fewer events than the checkpoint signed.
   */
  private async waitForMore(after: bigint | undefined, size: bigint): Promise<void> {
    const head = await this.events.headPosition();
    if (head === null || (after !== undefined && head <= after)) {
      throw new LogDiffersFromCheckpoint(
        `the log holds ${this.tree.size} events, fewer than the ${size} the checkpoint of tree ` +
          `size ${size} signed`,
      );
    }
    await delay(WAIT_FOR_HORIZON_MS);
  }
}
