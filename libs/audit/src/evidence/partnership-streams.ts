import { frameworkVersionStreamId } from '@concordat/domain';
import type { StoredEvent } from '@concordat/event-store';

/**
 * The streams an evidence bundle of one partnership holds: every stream one of whose events names
 * the partnership (`data.partnershipId`), and the stream of every national framework version an
 * event of the partnership names (`data.frameworkVersionId`, the version an agreement was drafted
 * under), whose outcomes and indicators the agreement copied. The exporter selects streams by it,
 * and the verifier checks by it that a bundle holds nothing else.
 */
export class PartnershipStreams {
  /** In the order they were first named. */
  private readonly named = new Set<string>();

  constructor(readonly partnershipId: string) {}

  observe(event: Pick<StoredEvent, 'streamId' | 'data'>): void {
    if (event.data.partnershipId !== this.partnershipId) return;
    this.named.add(event.streamId);
    const frameworkVersionId = event.data.frameworkVersionId;
    if (typeof frameworkVersionId === 'string') {
      this.named.add(frameworkVersionStreamId(frameworkVersionId));
    }
  }

  get streamIds(): readonly string[] {
    return [...this.named];
  }

  includes(streamId: string): boolean {
    return this.named.has(streamId);
  }
}
