import { ensure } from '@concordat/shared-kernel';
import { dateOf } from '../../shared';
import type { ReportCommitmentProgress } from '../commitment.commands';
import type { CommitmentProgressReported } from '../commitment.events';
import {
  CommitmentRule,
  ensureCalendarDate,
  ensureExisting,
  ensureHttpsLink,
  ensureText,
} from '../commitment.rules';
import type { CommitmentState } from '../commitment.state';
import { isCommitmentProgressStatus, COMMITMENT_PROGRESS_STATUSES } from '../commitment.terms';

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
  ensure(
    isCommitmentProgressStatus(status),
    CommitmentRule.ProgressStatusMustBeKnown,
    `status must be one of ${COMMITMENT_PROGRESS_STATUSES.join(', ')}`,
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
  ensureCalendarDate(period.start, 'period.start');
  ensureCalendarDate(period.end, 'period.end');
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
