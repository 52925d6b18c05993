import type { CalendarDate } from '@concordat/domain';
import { everyPage, listDecisions, subjectsOfDecisions } from '@concordat/read-models';
import type { DecisionFact } from '../annual/annual-report.inputs';
import type { ReportingYear } from '../annual/reporting-year';
import type { ReportSources } from './report-sources';

/** The partnership's decisions of the reporting year taken on or before `asKnownAt`. */
export async function decisionFacts(
  { readModels }: ReportSources,
  partnershipId: string,
  year: ReportingYear,
  asKnownAt: CalendarDate,
): Promise<DecisionFact[]> {
  const decidedTo = asKnownAt < year.end ? asKnownAt : year.end;
  const decisions = await everyPage((page) =>
    listDecisions(readModels, { partnershipId, decidedFrom: year.start, decidedTo }, page),
  );
  const subjects = await subjectsOfDecisions(readModels, decisions);
  return decisions.map((decision) => ({
    meetingId: decision.meetingId,
    decisionId: decision.decisionId,
    decidedOn: decision.decidedOn,
    kind: decision.kind,
    carried: decision.carried,
    vote: decision.vote,
    rationale: decision.rationale,
    subjects: subjects
      .filter((s) => s.meetingId === decision.meetingId && s.decisionId === decision.decisionId)
      .map(({ kind, id }) => ({ kind, id })),
  }));
}
