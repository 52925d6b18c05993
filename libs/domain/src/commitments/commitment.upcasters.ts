import type { Upcaster } from '@concordat/shared-kernel';
import type { CommitmentProposed } from './commitment.events';
import type { AccountableOfficer } from './commitment.terms';

/** CommitmentProposed as schema version 1 wrote it: one party, and money in whole pounds. */
export interface CommitmentProposedV1Data {
  readonly commitmentId: string;
  readonly partnershipId: string;
  readonly agreementId: string;
  readonly localOutcomeId: string;
  readonly action: string;
  readonly resources: {
    readonly partyId: string;
    /** Pounds as a decimal number, e.g. 1250.5; always sterling. */
    readonly amountPounds: number;
    readonly fundingStream: string;
    readonly staffFte: number;
  };
  readonly dueDate: string;
  readonly accountableOfficer: AccountableOfficer;
}

/**
 * Version 1 to 2: the single party becomes the lead and sole party, holding the whole of every
 * share; pounds become pence (rounded, since 0.29 * 100 is 28.999999999999996 in floating point);
 * a blank funding stream becomes null, as version 2 says "none"; version 1 knew no in-kind
 * resources.
 */
export function upcastCommitmentProposedV1(
  data: CommitmentProposedV1Data,
): CommitmentProposed['data'] {
  const { resources, ...rest } = data;
  const money = { minorUnits: Math.round(resources.amountPounds * 100), currency: 'GBP' };
  return {
    ...rest,
    parties: [
      {
        partnerId: resources.partyId,
        money,
        staffFte: resources.staffFte,
        effortPercent: 100,
      },
    ],
    leadPartnerId: resources.partyId,
    resources: {
      money,
      fundingStream: resources.fundingStream.trim() === '' ? null : resources.fundingStream,
      staffFte: resources.staffFte,
      inKind: null,
    },
  };
}

export const commitmentUpcasters: readonly Upcaster[] = [
  {
    type: 'CommitmentProposed',
    fromVersion: 1,
    upcast: (data) => upcastCommitmentProposedV1(data as unknown as CommitmentProposedV1Data),
  },
];
