import {
  agreementDecider,
  commitmentDecider,
  commitmentUpcasters,
  type CommitmentEvent,
} from '@concordat/domain';
import { agreedHistory } from '@concordat/domain/agreements/testing/agreement-fixtures';
import {
  commitmentId,
  partnershipId,
  soleTerms,
} from '@concordat/domain/commitments/testing/commitment-fixtures';
import { replay, upcastEvent, type DomainEvent } from '@concordat/shared-kernel';
import { agreementFold } from './agreement-as-of';
import { commitmentFold } from './commitment-as-of';
import { plainView } from './field-diff';
import { foldEvent, type StreamFold, type StreamSnapshot } from './stream-fold';
import { storedEvents } from './testing/stored-events';

function foldAll<State>(
  fold: StreamFold<State>,
  streamId: string,
  events: readonly DomainEvent[],
): StreamSnapshot<State> | null {
  return storedEvents(streamId, events).reduce<StreamSnapshot<State> | null>(
    (before, stored) => foldEvent(fold, before, stored),
    null,
  );
}

const about = { commitmentId, partnershipId };
const proposedV1: DomainEvent = {
  type: 'CommitmentProposed',
  schemaVersion: 1,
  data: {
    ...about,
    agreementId: 'soa-glasgow-2008',
    localOutcomeId: 'lo-fewer-workless-households',
    action: 'Open three employability hubs in the east end',
    resources: { partyId: 'council', amountPounds: 250_000, fundingStream: '', staffFte: 2.5 },
    dueDate: '2011-03-31',
    accountableOfficer: { name: 'Ann Smith', role: 'Head of Employability' },
  },
};
const decision = { meetingId: 'm-1', decisionId: 'd-1' };
const accepted: CommitmentEvent = {
  type: 'CommitmentAccepted',
  schemaVersion: 1,
  data: { ...about, decision, decidedOn: '2009-06-10' },
};
const report = (status: 'on_track' | 'at_risk', end: string): CommitmentEvent => ({
  type: 'CommitmentProgressReported',
  schemaVersion: 1,
  data: {
    ...about,
    status,
    note: `to ${end}`,
    evidenceUrl: null,
    period: { start: '2009-04-01', end },
  },
});

describe('folding a stream', () => {
  it("gives the decider's own state, event by event", () => {
    const snapshot = foldAll(agreementFold, 'agreement-soa', agreedHistory);

    expect(snapshot?.state).toEqual(replay(agreementDecider, agreedHistory));
    expect(snapshot?.revision).toBe(BigInt(agreedHistory.length - 1));
  });

  it('remembers the first and the last event, with their times and actor', () => {
    const snapshot = foldAll(agreementFold, 'agreement-soa', agreedHistory);

    expect(snapshot?.first).toMatchObject({
      type: 'AgreementDrafted',
      revision: 0n,
      position: 1_000n,
      occurredAt: '2013-04-01T09:00:00.000Z',
      actor: 'user:officer',
    });
    expect(snapshot?.last).toMatchObject({
      type: 'AgreementAgreed',
      revision: 6n,
      recordedAt: '2013-04-01T09:06:00.000Z',
      commandId: 'command-6',
    });
  });

  it('brings old event versions up to date before the decider sees them', () => {
    const events = [proposedV1, accepted];
    const snapshot = foldAll(commitmentFold, `commitment-${commitmentId}`, events);

    const upcast = events.map((event) => upcastEvent(commitmentUpcasters, event));
    expect(snapshot?.state.commitment).toEqual(
      replay(commitmentDecider, upcast as CommitmentEvent[]),
    );
    expect(snapshot?.state.commitment).toMatchObject({
      status: 'accepted',
      terms: soleTerms({ resources: { ...soleTerms().resources, fundingStream: null } }),
    });
  });

  it("keeps a commitment's progress reports, which its decider has no use for", () => {
    const events = [
      proposedV1,
      accepted,
      report('on_track', '2009-09-30'),
      report('at_risk', '2010-03-31'),
    ];
    const snapshot = foldAll(commitmentFold, `commitment-${commitmentId}`, events);

    expect(snapshot?.state.progressReports).toEqual([
      {
        eventId: `commitment-${commitmentId}/2`,
        revision: 2n,
        status: 'on_track',
        note: 'to 2009-09-30',
        evidenceUrl: null,
        period: { start: '2009-04-01', end: '2009-09-30' },
        reportedAt: '2013-04-01T09:02:00.000Z',
        reportedBy: 'user:officer',
      },
      expect.objectContaining({ revision: 3n, status: 'at_risk' }),
    ]);
  });

  it('never changes an earlier snapshot, so cached ones stay true', () => {
    const [first, second] = storedEvents('agreement-soa', agreedHistory);
    const drafted = foldEvent(agreementFold, null, first!);
    const asItWas = plainView(drafted);

    foldEvent(agreementFold, drafted, second!);

    expect(plainView(drafted)).toEqual(asItWas);
  });
});
