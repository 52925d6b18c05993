import { ensure } from '@concordat/shared-kernel';
import { dateOf } from '../../shared';
import type { ReportCommitmentProgress } from '../commitment.commands';
import type { CommitmentProgressReported } from '../commitment.events';
import { ensureCalendarDate, ensureOneOf, ensureText } from '../../shared/field-rules';
import { CommitmentRule, ensureExisting, ensureHttpsLink } from '../commitment.rules';
import type { CommitmentState } from '../commitment.state';
import { COMMITMENT_PROGRESS_STATUSES } from '../commitment.terms';

export function reportCommitmentProgress(
  command: ReportCommitmentProgress,
  state: CommitmentState,
): [CommitmentProgressReported] {
  const { commitmentId, partnershipId, status, note, evidenceUrl, period } = command.data;
  const commitment = ensureExisting(state, partnershipId);
  ensure(
    commitment.status !== 'proposed',
    CommitmentRule.ProgressCannotBeReportedBeforeAcceptance,
    `commitment ${commitmentId} has not been accepted`,
    'commitmentId',
  );
  ensure(
    commitment.status === 'accepted',
    CommitmentRule.ProgressCannotBeReportedAfterClosure,
    `commitment ${commitmentId} is ${commitment.status}`,
    'commitmentId',
  );
  ensureOneOf(
    COMMITMENT_PROGRESS_STATUSES,
    status,
    CommitmentRule.ProgressStatusMustBeKnown,
    'status',
  );
  ensureText(note, 'note');
  const linked = evidenceUrl !== null && evidenceUrl.trim().length > 0;
  ensure(
    status === 'on_track' || linked,
    CommitmentRule.SlippingCommitmentNeedsEvidence,
    `a commitment reported ${status} needs a link to the evidence`,
    'evidenceUrl',
  );
  const evidence = linked ? ensureHttpsLink(evidenceUrl, 'evidenceUrl') : null;
  ensureCalendarDate(period.start, 'period.start', CommitmentRule.DateMustBeAValidCalendarDate);
  ensureCalendarDate(period.end, 'period.end', CommitmentRule.DateMustBeAValidCalendarDate);
  ensure(
    period.start <= period.end,
    CommitmentRule.ReportingPeriodCannotEndBeforeItStarts,
    'the reporting period ends before it starts',
    'period.end',
  );
  ensure(
    period.start <= dateOf(command.metadata.issuedAt),
    CommitmentRule.ReportingPeriodMustHaveBegun,
    'progress cannot be reported for a period that has not begun',
    'period.start',
  );
  return [
    {
      type: 'CommitmentProgressReported',
      schemaVersion: 1,
      data: {
        commitmentId,
        partnershipId,
        status,
        note: note.trim(),
        evidenceUrl: evidence,
        period: { start: period.start, end: period.end },
      },
    },
  ];
}
