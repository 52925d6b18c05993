import type { CommitmentTerms } from '../commitment.terms';
import { command, commitmentId, partnershipId, reference } from './commitment-fixtures';

/** Commands about the commitment of the fixtures, valid on a suitable history unless changed. */
export const about = { commitmentId, partnershipId };
export const on = (day: string) => ({ issuedAt: `${day}T10:00:00.000Z` });

export const accept = command('AcceptCommitment', {
  ...about,
  decision: reference('accept_commitment'),
});
export const reject = command('RejectCommitment', {
  ...about,
  decision: reference('reject_commitment'),
  reason: ' duplicates the college’s programme ',
});
export const progress = (
  status: string,
  evidenceUrl: string | null,
  period = { start: '2009-04-01', end: '2010-03-31' },
) =>
  command(
    'ReportCommitmentProgress',
    { ...about, status, note: ' one hub open, two to go ', evidenceUrl, period },
    on('2010-04-20'),
  );
export const deliver = (
  deliveredOn = '2010-11-30',
  evidenceUrl = 'https://example.org/hubs-opened',
) =>
  command(
    'RecordCommitmentDelivery',
    { ...about, deliveredOn, note: 'All three hubs open', evidenceUrl },
    on('2010-12-01'),
  );
export const revise = (changes: Partial<CommitmentTerms>) =>
  command('ReviseCommitment', {
    ...about,
    decision: reference('approve_commitment_revision'),
    changes,
  });
export const withdraw = (partnerId = 'council', reason = 'budget cut') =>
  command('WithdrawCommitment', { ...about, partnerId, reason });
export const lapse = (day: string) => command('MarkCommitmentLapsed', about, on(day));
export const flag = (partnerId = 'nhs', reason = 'partner withdrew from the partnership') =>
  command('FlagCommitmentForBoard', { ...about, partnerId, reason });
export const clearFlag = (
  partnerId = 'nhs',
  kind: 'hold_partner_to_account' | 'other' = 'hold_partner_to_account',
) => command('ClearCommitmentFlag', { ...about, partnerId, decision: reference(kind) });
