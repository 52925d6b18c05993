import {
  agreementDecider,
  agreementStreamId,
  type AgreementEvent,
  type AgreementState,
  type DraftedAgreement,
} from '@concordat/domain';
import type { AsOf } from './as-of';
import { streamChanges, type StreamChanges } from './stream-changes';
import { deciderFold, type StreamSnapshot } from './stream-fold';
import type { StreamHistory } from './stream-history';

export const agreementFold = deciderFold<AgreementState, AgreementEvent>(
  'agreement',
  agreementDecider,
);

/** The agreement as it stood at `at`; null before it was drafted (or past its last revision). */
export async function agreementAsOf(
  history: StreamHistory,
  agreementId: string,
  at: AsOf,
): Promise<StreamSnapshot<DraftedAgreement> | null> {
  const snapshot = await history.snapshotAt(agreementFold, agreementStreamId(agreementId), at);
  return snapshot && draftedIn(snapshot);
}

/** What changed in the agreement after `from` up to `to`, event by event and field by field. */
export function agreementChanges(
  history: StreamHistory,
  agreementId: string,
  from: AsOf,
  to: AsOf,
): Promise<StreamChanges<AgreementState> | null> {
  return streamChanges(history, agreementFold, agreementStreamId(agreementId), from, to);
}

/** Every agreement stream starts with its drafting, so only an empty fold is 'none'. */
export function draftedIn(
  snapshot: StreamSnapshot<AgreementState>,
): StreamSnapshot<DraftedAgreement> | null {
  const { state } = snapshot;
  return state.status === 'none' ? null : { ...snapshot, state };
}
