import type { TimelineEntry } from '../api/commitment-view';
import { formatInstant } from '../components/format';
import { progressLabel } from '../components/status-tag';
import { hrefTo } from '../routing/route';

const EVENT_TITLES: Readonly<Record<string, string>> = {
  CommitmentProposed: 'Proposed',
  CommitmentAccepted: 'Accepted by the board',
  CommitmentRejected: 'Rejected by the board',
  CommitmentProgressReported: 'Progress reported',
  CommitmentDelivered: 'Delivered',
  CommitmentRevised: 'Terms revised by the board',
  CommitmentWithdrawn: 'Withdrawn',
  CommitmentLapsed: 'Lapsed',
  CommitmentFlaggedForBoard: 'Flagged for the board',
  CommitmentFlagCleared: 'Flag cleared by the board',
};

interface DecisionReference {
  readonly meetingId: string;
  readonly decisionId: string;
}

function decisionOf(data: TimelineEntry['data']): DecisionReference | undefined {
  const decision = data['decision'] as Partial<DecisionReference> | undefined;
  return decision?.meetingId && decision.decisionId
    ? { meetingId: decision.meetingId, decisionId: decision.decisionId }
    : undefined;
}

function text(data: TimelineEntry['data'], field: string): string | undefined {
  const value = data[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The commitment's whole story from its events: who did what, when, and under which decision. */
export function CommitmentTimeline({
  partnershipId,
  entries,
}: {
  partnershipId: string;
  entries: readonly TimelineEntry[];
}) {
  return (
    <ol className="concordat-timeline">
      {entries.map((entry) => {
        const decision = decisionOf(entry.data);
        const status = text(entry.data, 'status');
        const note = text(entry.data, 'note') ?? text(entry.data, 'reason');
        const evidence = text(entry.data, 'evidenceUrl');
        return (
          <li key={entry.eventId} className="concordat-timeline__event">
            <h3 className="concordat-timeline__title">
              {EVENT_TITLES[entry.eventType] ?? entry.eventType}
            </h3>
            <p className="concordat-timeline__meta">
              {formatInstant(entry.occurredAt)} by {entry.actor} (revision {entry.streamRevision})
            </p>
            {decision && (
              <p>
                Under decision {decision.decisionId} of{' '}
                <a href={`${hrefTo({ page: 'meetings', partnershipId })}`}>
                  meeting {decision.meetingId}
                </a>
                {text(entry.data, 'decidedOn') && `, decided on ${text(entry.data, 'decidedOn')}`}.
              </p>
            )}
            {status && <p>Status reported: {progressLabel(status)}.</p>}
            {note && <p>{note}</p>}
            {evidence && (
              <p>
                <a href={evidence} rel="noreferrer" target="_blank">
                  Evidence (opens in a new tab)
                </a>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
