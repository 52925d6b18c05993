import {
  partnershipDecider,
  partnershipStreamId,
  partnershipUpcasters,
  type EstablishedPartnership,
  type PartnershipEvent,
  type PartnershipState,
} from '@concordat/domain';
import type { AsOf } from './as-of';
import { deciderFold, type StreamSnapshot } from './stream-fold';
import type { StreamHistory } from './stream-history';

/** Names of representatives and board members are personal data: never cached. */
export const partnershipFold = {
  ...deciderFold<PartnershipState, PartnershipEvent>(
    'partnership',
    partnershipDecider,
    partnershipUpcasters,
  ),
  holdsPersonalData: true,
};

/** The partnership as it stood at `at`; null before it was established. */
export async function partnershipAsOf(
  history: StreamHistory,
  partnershipId: string,
  at: AsOf,
): Promise<StreamSnapshot<EstablishedPartnership> | null> {
  const snapshot = await history.snapshotAt(
    partnershipFold,
    partnershipStreamId(partnershipId),
    at,
  );
  if (snapshot === null) return null;
  const { state } = snapshot;
  return state.status === 'none' ? null : { ...snapshot, state };
}
