import { ensure } from '@concordat/shared-kernel';
import type { SubmitAgreement } from '../agreement.commands';
import type { AgreementSubmitted } from '../agreement.events';
import {
  activeIndicatorsOf,
  AgreementRule,
  ensureDrafted,
  ensureNotEnded,
} from '../agreement.rules';
import type { AgreementState } from '../agreement.state';

/** What goes for signature must say what will improve and how it will be measured. */
export function submitAgreement(
  command: SubmitAgreement,
  state: AgreementState,
): [AgreementSubmitted] {
  const agreement = ensureDrafted(state, command.data.partnershipId);
  ensureNotEnded(agreement);
  ensure(
    agreement.status === 'draft',
    AgreementRule.OnlyADraftCanBeSubmitted,
    `agreement ${agreement.agreementId} is ${agreement.status}, not a draft`,
    'agreementId',
  );
  const localOutcomes = [...agreement.localOutcomes.values()].filter((o) => o.status === 'active');
  ensure(
    localOutcomes.length > 0,
    AgreementRule.SubmissionNeedsALocalOutcome,
    'an agreement needs at least one local outcome to be submitted',
    'agreementId',
  );
  const untracked = localOutcomes.filter(
    (outcome) =>
      activeIndicatorsOf(agreement, (i) => i.localOutcomeId === outcome.localOutcomeId).length ===
      0,
  );
  ensure(
    untracked.length === 0,
    AgreementRule.SubmissionNeedsEveryLocalOutcomeTracked,
    `these local outcomes have no indicator yet: ${untracked.map((o) => o.localOutcomeId).join(', ')}`,
    'agreementId',
  );
  const { partnershipId, agreementId } = command.data;
  return [{ type: 'AgreementSubmitted', schemaVersion: 1, data: { partnershipId, agreementId } }];
}
