import { isOpenCommitment, type ExistingCommitment } from '@concordat/domain';
import type { CommitmentRecord, ProgressReport, StreamSnapshot } from '@concordat/time-travel';
import type { CommitmentProgressReportModel } from '../commitments/commitment.model';
import type { CommitmentSnapshotModel } from './commitment-snapshot.model';
import { toDecisionReference, toRecordedEvent } from './recorded-event.model';

function toProgressReport(report: ProgressReport): CommitmentProgressReportModel {
  return {
    eventId: report.eventId,
    revision: report.revision.toString(),
    status: report.status,
    note: report.note,
    evidenceUrl: report.evidenceUrl,
    periodStart: report.period.start,
    periodEnd: report.period.end,
    reportedAt: new Date(report.reportedAt),
    reportedBy: report.reportedBy,
  };
}

/** The folded commitment in the fields its read model gives them. */
export function toCommitmentSnapshot({
  state: { commitment, progressReports },
  revision,
  first,
  last,
}: StreamSnapshot<CommitmentRecord<ExistingCommitment>>): CommitmentSnapshotModel {
  const { terms } = commitment;
  const reports = progressReports.map(toProgressReport);
  const latest = reports.at(-1);
  const flags = isOpenCommitment(commitment) ? [...commitment.flags.values()] : [];
  return {
    id: commitment.commitmentId,
    partnershipId: commitment.partnershipId,
    agreementId: commitment.agreementId,
    localOutcomeId: commitment.localOutcomeId,
    action: terms.action,
    status: commitment.status,
    dueDate: terms.dueDate,
    leadPartnerId: terms.leadPartnerId,
    parties: terms.parties.map((party) => ({
      partnershipId: commitment.partnershipId,
      partnerId: party.partnerId,
      isLead: party.partnerId === terms.leadPartnerId,
      money: { ...party.money },
      staffFte: party.staffFte,
      effortPercent: party.effortPercent,
    })),
    resources: { ...terms.resources, money: { ...terms.resources.money } },
    accountableOfficer: { ...terms.accountableOfficer },
    acceptedBy: toDecisionReference(commitment.acceptedBy),
    latestProgress: latest
      ? {
          status: latest.status,
          note: latest.note,
          evidenceUrl: latest.evidenceUrl,
          periodStart: latest.periodStart,
          periodEnd: latest.periodEnd,
          reportedAt: latest.reportedAt,
        }
      : null,
    progressReports: reports,
    openFlags: flags.length,
    flagsForBoard: flags.map(({ partnerId, reason }) => ({ partnerId, reason })),
    createdAt: new Date(first.occurredAt),
    updatedAt: new Date(last.occurredAt),
    revision: revision.toString(),
    lastEvent: toRecordedEvent(last),
  };
}
