import type { ActivityFact, DecisionFact } from '../annual/annual-report.inputs';
import type {
  AnnualReport,
  CommitmentLine,
  IndicatorLine,
  OutcomeLine,
  PartyResources,
} from '../annual/annual-report.model';
import { tableOf, type ColumnOf, type ReportDocument } from './report-document';
import { money, numberOrNothing, twoDecimals } from './text-values';

type Fact = readonly [field: string, value: string];

const FACTS: readonly ColumnOf<Fact>[] = [
  ['field', 'Field', ([field]) => field],
  ['value', 'Value', ([, value]) => value],
];

const OUTCOMES: readonly ColumnOf<OutcomeLine>[] = [
  ['national_outcome_number', 'No.', (o) => numberOrNothing(o.nationalOutcome?.number)],
  ['national_outcome', 'National outcome', (o) => o.nationalOutcome?.title ?? o.nationalOutcomeId],
  ['local_outcome_id', 'Local outcome id', (o) => o.localOutcome?.localOutcomeId ?? ''],
  ['local_outcome', 'Local outcome', (o) => o.localOutcome?.title ?? ''],
];

const INDICATORS: readonly ColumnOf<IndicatorLine>[] = [
  ['national_outcome_number', 'No.', (i) => numberOrNothing(i.nationalOutcome?.number)],
  ['local_outcome_id', 'Local outcome id', (i) => i.localOutcomeId],
  ['indicator_id', 'Indicator id', (i) => i.indicatorId],
  ['indicator', 'Indicator', (i) => i.title],
  ['unit', 'Unit', (i) => i.unit],
  ['direction', 'Improvement', (i) => i.goal.direction],
  ['baseline', 'Baseline', (i) => String(i.goal.baseline.value)],
  ['baseline_date', 'Baseline date', (i) => i.goal.baseline.date],
  ['target', 'Target', (i) => String(i.goal.target.value)],
  ['target_date', 'Target date', (i) => i.goal.target.date],
  ['latest_period', 'Latest period', (i) => i.status?.latest?.period ?? ''],
  ['latest_value', 'Latest value', (i) => numberOrNothing(i.status?.latest?.value)],
  ['published_on', 'Published on', (i) => i.status?.latest?.publishedOn ?? ''],
  ['rag', 'RAG', (i) => i.status?.rag ?? ''],
  ['trend', 'Trend', (i) => i.status?.trend ?? ''],
];

const COMMITMENTS: readonly ColumnOf<CommitmentLine>[] = [
  ['party_id', 'Party id', (c) => c.party.partnerId],
  ['party', 'Party', (c) => c.party.organisation],
  ['role', 'Role', (c) => (c.isLead ? 'lead' : 'party')],
  ['commitment_id', 'Commitment id', (c) => c.commitment.commitmentId],
  ['action', 'Action', (c) => c.commitment.action],
  ['local_outcome_id', 'Local outcome id', (c) => c.commitment.localOutcomeId],
  ['status', 'Status', (c) => c.commitment.status],
  ['latest_progress', 'Latest progress', (c) => c.commitment.latestProgress ?? ''],
  ['due_date', 'Due', (c) => c.commitment.dueDate],
  ['money', 'Money (share)', (c) => money(c.share.money.minorUnits, c.share.money.currency)],
  ['staff_fte', 'Staff FTE (share)', (c) => twoDecimals(c.share.staffFte)],
  ['effort_percent', 'Effort % (share)', (c) => twoDecimals(c.share.effortPercent)],
];

const RESOURCES: readonly ColumnOf<PartyResources>[] = [
  ['party_id', 'Party id', (r) => r.party.partnerId],
  ['party', 'Party', (r) => r.party.organisation],
  ['commitments', 'Commitments', (r) => String(r.commitments)],
  ['pledged_money', 'Pledged money', (r) => money(r.pledged.minorUnits, r.pledged.currency)],
  ['pledged_staff_fte', 'Pledged staff FTE', (r) => twoDecimals(r.pledged.staffFte)],
  [
    'delivered_money',
    'Delivered money',
    (r) => money(r.delivered.minorUnits, r.delivered.currency),
  ],
  ['delivered_staff_fte', 'Delivered staff FTE', (r) => twoDecimals(r.delivered.staffFte)],
];

const DECISIONS: readonly ColumnOf<DecisionFact>[] = [
  ['decided_on', 'Decided on', (d) => d.decidedOn],
  ['meeting_id', 'Meeting id', (d) => d.meetingId],
  ['decision_id', 'Decision id', (d) => d.decisionId],
  ['kind', 'Kind', (d) => d.kind],
  ['outcome', 'Outcome', (d) => (d.carried ? 'carried' : 'not carried')],
  [
    'vote',
    'Vote (for/against/abstain)',
    ({ vote }) => (vote ? `${vote.for}/${vote.against}/${vote.abstain}` : ''),
  ],
  ['subjects', 'About', (d) => d.subjects.map(({ kind, id }) => `${kind} ${id}`).join('; ')],
  ['rationale', 'Rationale', (d) => d.rationale],
];

const ACTIVITIES: readonly ColumnOf<ActivityFact>[] = [
  ['activity_id', 'Activity id', (a) => a.activityId],
  ['held_from', 'Held from', (a) => a.heldFrom],
  ['held_to', 'Held to', (a) => a.heldTo],
  ['method', 'Method', (a) => a.method],
  ['people_reached', 'People reached', (a) => numberOrNothing(a.peopleReached)],
  ['participants', 'Taking part', (a) => a.participants.join('; ')],
  ['influences', 'Changes it brought about', (a) => String(a.influences)],
  ['feedback', 'Reports back', (a) => String(a.feedback)],
  ['summary', 'Summary', (a) => a.summary],
];

/** The annual report as the tables its three formats lay out, in the order shown. */
export function annualReportDocument(report: AnnualReport): ReportDocument {
  const { agreement, reportingYear: year } = report;
  const facts: Fact[] = [
    ['Agreement', `${agreement.title} (${agreement.agreementId})`],
    ['Partnership', `${agreement.partnershipName} (${agreement.partnershipId})`],
    ['Agreement status', agreement.status],
    ['Agreement period', `${agreement.periodStart} to ${agreement.periodEnd}`],
    ['Reporting year', `${year.label}: ${year.start} to ${year.end}`],
    ['As known at', `the end of ${report.asKnownAt} (UTC)`],
  ];
  return {
    title: `Annual progress report ${year.label}: ${agreement.title}`,
    tables: [
      tableOf('report', 'About this report', FACTS, facts),
      tableOf('outcomes', 'Outcomes', OUTCOMES, report.outcomes),
      tableOf('indicators', 'Indicators', INDICATORS, report.indicators),
      tableOf('commitments', 'Commitments by party', COMMITMENTS, report.commitments),
      tableOf('resources', 'Resources by party', RESOURCES, report.resources),
      tableOf('decisions', 'Decisions of the year', DECISIONS, report.decisions),
      tableOf('participation', 'Community participation', ACTIVITIES, report.activities),
    ],
  };
}
