import { upcastEvent, type DomainEvent } from '@concordat/shared-kernel';
import type { CommitmentEvent } from './commitment.events';
import { commitmentUpcasters, type CommitmentProposedV1Data } from './commitment.upcasters';
import {
  command,
  decided,
  decideAfter,
  proposed,
  reference,
  soleTerms,
} from './testing/commitment-fixtures';

const v1 = (resources: Partial<CommitmentProposedV1Data['resources']> = {}) => ({
  type: 'CommitmentProposed',
  schemaVersion: 1,
  data: {
    commitmentId: 'c-employability-hubs',
    partnershipId: 'p-glasgow',
    agreementId: 'soa-glasgow-2008',
    localOutcomeId: 'lo-fewer-workless-households',
    action: 'Open three employability hubs in the east end',
    resources: {
      partyId: 'council',
      amountPounds: 250_000,
      fundingStream: 'Fairer Scotland Fund',
      staffFte: 2.5,
      ...resources,
    },
    dueDate: '2011-03-31',
    accountableOfficer: { name: 'Ann Smith', role: 'Head of Employability' },
  } satisfies CommitmentProposedV1Data,
});

const upcast = (event: DomainEvent) => upcastEvent(commitmentUpcasters, event);

describe('CommitmentProposed version 1', () => {
  it('reads as version 2: the one party leads and holds every share, pounds become pence', () => {
    expect(upcast(v1())).toEqual(proposed(soleTerms()));
  });

  it.each([
    [0.1, 10],
    [0.29, 29],
    [19.99, 1999],
    [1234.56, 123456],
    [0, 0],
  ])('counts £%p as %p pence', (amountPounds, minorUnits) => {
    const event = upcast(v1({ amountPounds })) as CommitmentEvent;
    expect(event.data).toMatchObject({
      resources: { money: { minorUnits, currency: 'GBP' } },
      parties: [{ money: { minorUnits, currency: 'GBP' } }],
    });
  });

  it('reads a blank funding stream as none', () => {
    const event = upcast(v1({ amountPounds: 0, fundingStream: ' ' })) as CommitmentEvent;
    expect(event.data).toMatchObject({ resources: { fundingStream: null } });
  });

  it('leaves the stored data as it was', () => {
    const stored = v1();
    const before = JSON.stringify(stored);
    upcast(stored);
    expect(JSON.stringify(stored)).toBe(before);
  });

  it('leaves version 2 and other events alone', () => {
    const current = proposed();
    expect(upcast(current)).toBe(current);
    const other = { type: 'CommitmentAccepted', schemaVersion: 1, data: {} };
    expect(upcast(other)).toBe(other);
  });

  it('gives a state the current rules can act on', () => {
    const upcasted = upcast(v1()) as CommitmentEvent;
    const accept = command('AcceptCommitment', {
      commitmentId: 'c-employability-hubs',
      partnershipId: 'p-glasgow',
      decision: reference('accept_commitment'),
    });
    expect(decideAfter([upcasted], accept, decided('accept_commitment'))).toHaveLength(1);
  });
});
