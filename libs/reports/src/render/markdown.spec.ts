import { buildAnnualReport } from '../annual/build-annual-report';
import { isleFacts } from '../testing/annual-report-facts';
import { renderAnnualReport } from './render-annual-report';

describe('the annual report in Markdown', () => {
  it('lays out every section as a table, escaping what would format or break it', () => {
    expect(renderAnnualReport(buildAnnualReport(isleFacts()), 'md')).toBe(
      `# Annual progress report 2009-10: Isles &lt;Agreement&gt; &amp; "Plan"

## About this report

| Field | Value |
| --- | --- |
| Agreement | Isles &lt;Agreement&gt; &amp; "Plan" (soa-isles) |
| Partnership | Isles Partnership (isles-cpp) |
| Agreement status | agreed |
| Agreement period | 2008-04-01 to 2011-03-31 |
| Reporting year | 2009-10: 2009-04-01 to 2010-03-31 |
| As known at | the end of 2010-06-30 (UTC) |

## Outcomes

| No. | National outcome | Local outcome id | Local outcome |
| --- | --- | --- | --- |
| 1 | A place to do business |  |  |
| 2 | Jobs, and more of them | lo-jobs | Isles jobs \\| growth |

## Indicators

| No. | Local outcome id | Indicator id | Indicator | Unit | Improvement | Baseline | Baseline date | Target | Target date | Latest period | Latest value | Published on | RAG | Trend |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| 2 | lo-jobs | ind-employment | Employment \\*rate\\* | % | increase | 70 | 2008-03-31 | 75 | 2011-03-31 | 2009-10 | 72.5 | 2010-06-01 | amber | improving |

## Commitments by party

| Party id | Party | Role | Commitment id | Action | Local outcome id | Status | Latest progress | Due | Money (share) | Staff FTE (share) | Effort % (share) |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| council | Isles Council | lead | c-apprentices | Fund apprenticeships, "now" | lo-jobs | accepted | on\\_track | 2010-03-31 | GBP 1500.50 | 1.50 | 75.00 |
| nhs | NHS Isles | party | c-apprentices | Fund apprenticeships, "now" | lo-jobs | accepted | on\\_track | 2010-03-31 | GBP 500.00 | 0.50 | 25.00 |

## Resources by party

| Party id | Party | Commitments | Pledged money | Pledged staff FTE | Delivered money | Delivered staff FTE |
| --- | --- | --- | --- | --- | --- | --- |
| council | Isles Council | 1 | GBP 1500.50 | 1.50 | GBP 0.00 | 0.00 |
| nhs | NHS Isles | 1 | GBP 500.00 | 0.50 | GBP 0.00 | 0.00 |

## Decisions of the year

| Decided on | Meeting id | Decision id | Kind | Outcome | Vote (for/against/abstain) | About | Rationale |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 2009-06-23 | board-2009-06-23 | accept-apprentices | accept\\_commitment | carried | 6/1/0 | agreement soa-isles; commitment c-apprentices | Line one line two |

## Community participation

| Activity id | Held from | Held to | Method | People reached | Taking part | Changes it brought about | Reports back | Summary |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| roadshow | 2010-03-30 | 2010-04-02 | public\\_meeting | 120 | Hoy Trust; Westray Community Council | 1 | 2 | Heard, &lt;b&gt;loudly&lt;/b&gt; |
`,
    );
  });

  it('says so where a section has nothing', () => {
    const facts = { ...isleFacts(), decisions: [], activities: [] };
    expect(renderAnnualReport(buildAnnualReport(facts), 'md')).toContain(
      '## Decisions of the year\n\nNone recorded.\n\n## Community participation\n\nNone recorded.\n',
    );
  });
});
