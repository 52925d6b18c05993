import type { AnnualReportInputs } from '../annual/annual-report.inputs';

/**
 * A small partnership's facts for reporting year 2009-10, as known at 2010-06-30, with a fact or
 * two outside the year and text that Markdown, HTML and CSV must each escape.
 */
export function isleFacts(): AnnualReportInputs {
  return {
    year: 2009,
    asKnownAt: '2010-06-30',
    agreement: {
      agreementId: 'soa-isles',
      title: 'Isles <Agreement> & "Plan"',
      status: 'agreed',
      periodStart: '2008-04-01',
      periodEnd: '2011-03-31',
      partnershipId: 'isles-cpp',
      partnershipName: 'Isles Partnership',
    },
    nationalOutcomes: [
      { outcomeId: 'no2', number: 2, title: 'Jobs, and more of them' },
      { outcomeId: 'no1', number: 1, title: 'A place to do business' },
    ],
    localOutcomes: [
      { localOutcomeId: 'lo-jobs', nationalOutcomeId: 'no2', title: 'Isles jobs | growth' },
    ],
    indicators: [
      {
        indicatorId: 'ind-employment',
        localOutcomeId: 'lo-jobs',
        title: 'Employment *rate*',
        unit: '%',
        goal: {
          baseline: { value: 70, date: '2008-03-31' },
          target: { value: 75, date: '2011-03-31' },
          direction: 'increase',
        },
        values: [
          value('2009-10', '2009-04-01', '2010-03-31', 72.5, '2010-06-01'),
          value('2010-11', '2010-04-01', '2011-03-31', 74, '2010-06-02'),
          value('2008-09', '2008-04-01', '2009-03-31', 71, '2009-06-01'),
        ],
      },
    ],
    partners: [
      { partnerId: 'council', organisation: 'Isles Council' },
      { partnerId: 'nhs', organisation: 'NHS Isles' },
    ],
    commitments: [
      {
        commitmentId: 'c-apprentices',
        localOutcomeId: 'lo-jobs',
        action: 'Fund apprenticeships, "now"',
        status: 'accepted',
        leadPartnerId: 'council',
        dueDate: '2010-03-31',
        latestProgress: 'on_track',
        parties: [share('nhs', 50_000, 0.5, 25), share('council', 150_050, 1.5, 75)],
      },
    ],
    decisions: [
      {
        meetingId: 'board-2009-06-23',
        decisionId: 'accept-apprentices',
        decidedOn: '2009-06-23',
        kind: 'accept_commitment',
        carried: true,
        vote: { for: 6, against: 1, abstain: 0 },
        rationale: 'Line one\nline two',
        subjects: [
          { kind: 'commitment', id: 'c-apprentices' },
          { kind: 'agreement', id: 'soa-isles' },
        ],
      },
      {
        meetingId: 'board-2009-03-31',
        decisionId: 'before-the-year',
        decidedOn: '2009-03-31',
        kind: 'other',
        carried: true,
        vote: null,
        rationale: 'Taken the year before',
        subjects: [],
      },
    ],
    activities: [
      {
        activityId: 'roadshow',
        heldFrom: '2010-03-30',
        heldTo: '2010-04-02',
        method: 'public_meeting',
        peopleReached: 120,
        summary: 'Heard, <b>loudly</b>',
        participants: ['Westray Community Council', 'Hoy Trust'],
        influences: 1,
        feedback: 2,
      },
      {
        activityId: 'earlier-survey',
        heldFrom: '2008-05-01',
        heldTo: '2008-05-02',
        method: 'survey',
        peopleReached: null,
        summary: 'The year before',
        participants: [],
        influences: 0,
        feedback: 0,
      },
    ],
  };
}

function value(
  period: string,
  periodStart: string,
  periodEnd: string,
  observed: number,
  publishedOn: string,
) {
  return {
    observationId: `obs-${period}`,
    period,
    periodStart,
    periodEnd,
    value: observed,
    publishedOn,
  };
}

function share(partnerId: string, minorUnits: number, staffFte: number, effortPercent: number) {
  return { partnerId, money: { minorUnits, currency: 'GBP' }, staffFte, effortPercent };
}
