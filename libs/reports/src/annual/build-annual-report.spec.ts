import { indicatorStatus } from '@concordat/read-models/agreements/indicator-status';
import { isleFacts } from '../testing/annual-report-facts';
import { buildAnnualReport } from './build-annual-report';

describe('building an annual report from its facts', () => {
  const facts = isleFacts();
  const report = buildAnnualReport(facts);

  it('keeps the decisions and activities of the reporting year only', () => {
    expect(report.decisions.map((d) => d.decisionId)).toEqual(['accept-apprentices']);
    expect(report.activities.map((a) => a.activityId)).toEqual(['roadshow']);
  });

  it('rates each indicator by the live read model’s function, from the periods begun in or before the year', () => {
    const [indicator] = facts.indicators;
    const begun = indicator!.values.filter((v) => v.period !== '2010-11');
    expect(report.indicators.map((i) => i.status)).toEqual([
      indicatorStatus(indicator!.goal, begun),
    ]);
    expect(report.indicators[0]?.status).toMatchObject({
      rag: 'amber',
      trend: 'improving',
      latest: { period: '2009-10', value: 72.5 },
    });
  });

  it('lists a national outcome without a local outcome, and each local one under its own', () => {
    expect(
      report.outcomes.map((o) => [o.nationalOutcome?.number, o.localOutcome?.localOutcomeId]),
    ).toEqual([
      [1, undefined],
      [2, 'lo-jobs'],
    ]);
  });

  it('gives each party its line per commitment, and its resources as the matrix sums them', () => {
    expect(report.commitments.map((c) => [c.party.organisation, c.isLead])).toEqual([
      ['Isles Council', true],
      ['NHS Isles', false],
    ]);
    expect(report.resources).toEqual([
      {
        party: { partnerId: 'council', organisation: 'Isles Council' },
        commitments: 1,
        pledged: { minorUnits: 150_050, currency: 'GBP', staffFte: 1.5 },
        delivered: { minorUnits: 0, currency: 'GBP', staffFte: 0 },
      },
      {
        party: { partnerId: 'nhs', organisation: 'NHS Isles' },
        commitments: 1,
        pledged: { minorUnits: 50_000, currency: 'GBP', staffFte: 0.5 },
        delivered: { minorUnits: 0, currency: 'GBP', staffFte: 0 },
      },
    ]);
  });

  it('names a party the partnership does not list by its id, and pledges nothing for a withdrawn commitment', () => {
    const [commitment] = facts.commitments;
    const withdrawn = buildAnnualReport({
      ...facts,
      partners: [],
      commitments: [{ ...commitment!, status: 'withdrawn' }],
    });
    expect(withdrawn.resources.map((r) => [r.party.organisation, r.pledged.minorUnits])).toEqual([
      ['council', 0],
      ['nhs', 0],
    ]);
  });
});
