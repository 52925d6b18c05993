import {
  commitmentStreamId,
  type CalendarDate,
  type DraftedAgreement,
  type ExistingCommitment,
} from '@concordat/domain';
import { everyPage, listCommitments } from '@concordat/read-models';
import { commitmentAsOf, type CommitmentRecord } from '@concordat/time-travel';
import type { CommitmentFact } from '../annual/annual-report.inputs';
import { knownAt } from './known-at';
import type { ReportSources } from './report-sources';

/**
 * The agreement's commitments as known at the end of `asKnownAt`, each folded from its own
 * events; those proposed later are left out. Which commitments there are comes from the read
 * model, which never removes one.
 */
export async function commitmentFacts(
  sources: ReportSources,
  agreement: DraftedAgreement,
  asKnownAt: CalendarDate,
): Promise<CommitmentFact[]> {
  const { partnershipId, agreementId } = agreement;
  const listed = await everyPage((page) =>
    listCommitments(sources.readModels, { partnershipId, agreementId }, page),
  );
  const known = await Promise.all(
    listed.map(({ commitmentId }) =>
      knownAt(sources.events, commitmentStreamId(commitmentId), asKnownAt, (at) =>
        commitmentAsOf(sources.history, commitmentId, at),
      ),
    ),
  );
  return known.flatMap((snapshot) => (snapshot ? [commitmentFact(snapshot.state)] : []));
}

function commitmentFact({
  commitment,
  progressReports,
}: CommitmentRecord<ExistingCommitment>): CommitmentFact {
  const { commitmentId, localOutcomeId, status, terms } = commitment;
  return {
    commitmentId,
    localOutcomeId,
    action: terms.action,
    status,
    leadPartnerId: terms.leadPartnerId,
    dueDate: terms.dueDate,
    latestProgress: progressReports.at(-1)?.status ?? null,
    parties: terms.parties,
  };
}
