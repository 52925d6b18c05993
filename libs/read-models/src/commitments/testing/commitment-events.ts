import type {
  CommitmentEvent,
  CommitmentParty,
  CommitmentProposed,
  CommitmentProposedV1Data,
  CommitmentTerms,
  DecisionReference,
} from '@concordat/domain';
import { commitmentStreamId } from '@concordat/domain';
import type { EventStore } from '@concordat/event-store';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import type { JsonObject } from '@concordat/shared-kernel';

/** Hand-written commitment events, shaped exactly as docs/event-catalogue.md lists them. */

export const share = (
  partnerId: string,
  pence: number,
  staffFte: number,
  effortPercent: number,
): CommitmentParty => ({
  partnerId,
  money: { minorUnits: pence, currency: 'GBP' },
  staffFte,
  effortPercent,
});

/** Terms whose totals are the sum of the parties' shares. */
export function termsOf(
  parties: readonly CommitmentParty[],
  changes: Partial<CommitmentTerms> = {},
): CommitmentTerms {
  const pence = parties.reduce((sum, party) => sum + party.money.minorUnits, 0);
  const staff = parties.reduce((sum, party) => sum + Math.round(party.staffFte * 100), 0) / 100;
  return {
    action: 'Do something useful for the outcome',
    parties,
    leadPartnerId: parties[0]?.partnerId ?? 'council',
    resources: {
      money: { minorUnits: pence, currency: 'GBP' },
      fundingStream: pence > 0 ? 'Fairer Scotland Fund' : null,
      staffFte: staff,
      inKind: null,
    },
    dueDate: '2011-03-31',
    accountableOfficer: { name: 'Ann Smith', role: 'Head of Service' },
    ...changes,
  };
}

export interface About {
  readonly commitmentId: string;
  readonly partnershipId: string;
}

export const decisionRef = (decisionId: string): DecisionReference => ({
  meetingId: 'board-2009-06-23',
  decisionId,
});

export const proposed = (
  about: About,
  where: { agreementId: string; localOutcomeId: string },
  terms: CommitmentTerms,
): CommitmentProposed => ({
  type: 'CommitmentProposed',
  schemaVersion: 2,
  data: { ...about, ...where, ...terms },
});

/** CommitmentProposed as schema version 1 stored it: one party, whole pounds. */
export const proposedV1 = (data: CommitmentProposedV1Data) => ({
  type: 'CommitmentProposed',
  schemaVersion: 1,
  data,
});

export const accepted = (about: About, decidedOn = '2008-09-16'): CommitmentEvent => ({
  type: 'CommitmentAccepted',
  schemaVersion: 1,
  data: { ...about, decision: decisionRef(`accept-${about.commitmentId}`), decidedOn },
});

export const rejected = (about: About, reason: string): CommitmentEvent => ({
  type: 'CommitmentRejected',
  schemaVersion: 1,
  data: {
    ...about,
    decision: decisionRef(`reject-${about.commitmentId}`),
    decidedOn: '2008-09-16',
    reason,
  },
});

export const progressReported = (
  about: About,
  status: 'on_track' | 'at_risk' | 'off_track',
  note: string,
  period = { start: '2009-04-01', end: '2010-03-31' },
): CommitmentEvent => ({
  type: 'CommitmentProgressReported',
  schemaVersion: 1,
  data: {
    ...about,
    status,
    note,
    evidenceUrl: status === 'on_track' ? null : 'https://example.org/evidence.pdf',
    period,
  },
});

export const delivered = (about: About, deliveredOn: string): CommitmentEvent => ({
  type: 'CommitmentDelivered',
  schemaVersion: 1,
  data: {
    ...about,
    deliveredOn,
    note: 'Done as promised',
    evidenceUrl: 'https://example.org/closure.pdf',
  },
});

export const revised = (
  about: About,
  changed: readonly (keyof CommitmentTerms)[],
  terms: CommitmentTerms,
): CommitmentEvent => ({
  type: 'CommitmentRevised',
  schemaVersion: 1,
  data: {
    ...about,
    decision: decisionRef(`revise-${about.commitmentId}`),
    decidedOn: '2009-09-29',
    changed,
    terms,
  },
});

export const withdrawn = (about: About, partnerId: string, reason: string): CommitmentEvent => ({
  type: 'CommitmentWithdrawn',
  schemaVersion: 1,
  data: { ...about, partnerId, reason },
});

export const lapsed = (about: About, dueDate: string, lapsedOn: string): CommitmentEvent => ({
  type: 'CommitmentLapsed',
  schemaVersion: 1,
  data: { ...about, dueDate, lapsedOn },
});

export const flagged = (about: About, partnerId: string): CommitmentEvent => ({
  type: 'CommitmentFlaggedForBoard',
  schemaVersion: 1,
  data: { ...about, partnerId, reason: 'partner withdrew from the partnership' },
});

export const flagCleared = (about: About, partnerId: string): CommitmentEvent => ({
  type: 'CommitmentFlagCleared',
  schemaVersion: 1,
  data: {
    ...about,
    partnerId,
    decision: decisionRef(`hold-${partnerId}-to-account`),
    decidedOn: '2012-03-20',
  },
});

/**
 * Appends events to their commitment's stream, one append each so that streams interleave in
 * the global log; returns the global position of the last.
 */
export async function appendCommitmentEvents(
  store: EventStore,
  events: readonly { type: string; schemaVersion: number; data: object }[],
  occurredAt = '2009-06-01T10:00:00.000Z',
): Promise<bigint> {
  let last = -1n;
  for (const event of events) {
    const commitmentId = (event.data as { commitmentId: string }).commitmentId;
    const built = anEvent()
      .ofType(event.type)
      .withData(event.data as JsonObject)
      .withMetadata({ occurredAt, actor: 'user:test-officer' })
      .build();
    const result = await store.appendToStream(commitmentStreamId(commitmentId), [
      { ...built, schemaVersion: event.schemaVersion },
    ]);
    last = result.positions.at(-1) ?? last;
  }
  return last;
}
