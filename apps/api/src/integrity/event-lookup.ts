import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { RECORDED_LOG } from '@concordat/application';
import type { EventStore, StoredEvent } from '@concordat/event-store';
import { AuditLogEntry } from '@concordat/read-models';
import { READ_MODELS } from '../read-models/read-models.module';

/** Finds the one event a proof is asked for, as the log itself holds it. */
@Injectable()
export class EventLookup {
  constructor(
    @Inject(RECORDED_LOG) private readonly events: EventStore,
    @Inject(READ_MODELS) private readonly readModels: DataSource,
  ) {}

  async atPosition(position: bigint): Promise<StoredEvent | undefined> {
    const [event] = await this.events.readAll({ after: position - 1n, maxCount: 1 });
    return event?.globalPosition === position ? event : undefined;
  }

  /**
   * The log has no index by event id on every store, so the position comes from the audit log
   * read model, which has one row per event: an event it has not projected yet is not found.
   */
  async withId(eventId: string): Promise<StoredEvent | undefined> {
    const entry = await this.readModels
      .getRepository(AuditLogEntry)
      .findOne({ where: { eventId }, select: { globalPosition: true } });
    if (!entry) return undefined;
    const event = await this.atPosition(BigInt(entry.globalPosition));
    return event?.id === eventId ? event : undefined;
  }
}

/** The partnership an event belongs to, as the audit log records it; null for a national one. */
export function partnershipOfEvent(event: StoredEvent): string | null {
  const partnershipId = event.data['partnershipId'];
  return typeof partnershipId === 'string' ? partnershipId : null;
}
