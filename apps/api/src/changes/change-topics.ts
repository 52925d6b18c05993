import type { StoredEvent } from '@concordat/event-store';

/** The subscription topics an event belongs to; each subscription listens to one. */
export function topicsOf(event: StoredEvent): string[] {
  const partnershipId = event.data['partnershipId'];
  const agreementId = event.data['agreementId'];
  const topics: string[] = [];
  if (
    event.streamId.startsWith('agreement-') ||
    event.streamId.startsWith('indicator-observations-')
  ) {
    if (typeof agreementId === 'string') topics.push(agreementTopic(agreementId));
  }
  if (typeof partnershipId === 'string') {
    if (event.streamId.startsWith('commitment-')) topics.push(commitmentsTopic(partnershipId));
    if (event.streamId.startsWith('meeting-')) topics.push(decisionsTopic(partnershipId));
  }
  return topics;
}

export const agreementTopic = (agreementId: string) => `agreement:${agreementId}`;
export const commitmentsTopic = (partnershipId: string) => `commitments:${partnershipId}`;
export const decisionsTopic = (partnershipId: string) => `decisions:${partnershipId}`;
