import fc from 'fast-check';
import type { AnnualReportInputs } from '../annual/annual-report.inputs';

/** Any text at all: what each format must escape. */
const text = fc.string({ unit: 'binary', maxLength: 12 });
const date = fc
  .date({ min: new Date('2005-01-01'), max: new Date('2014-12-31'), noInvalidDate: true })
  .map((instant) => instant.toISOString().slice(0, 10));
/** Small pools of ids, so that facts refer to each other as real ones do. */
const nationalId = fc.constantFrom('no1', 'no2', 'no3');
const localId = fc.constantFrom('lo-a', 'lo-b', 'lo-c');
const partnerId = fc.constantFrom('council', 'nhs', 'police');
const hundredths = (max: number) => fc.integer({ min: 0, max }).map((n) => n / 100);

const values = fc.uniqueArray(
  fc.record({
    period: fc.constantFrom('2008-09', '2009-10', '2010-11', '2009'),
    periodStart: date,
    periodEnd: date,
    value: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    publishedOn: date,
  }),
  { selector: (v) => v.period, maxLength: 4 },
);

const indicator = fc.record({
  indicatorId: fc.string({ minLength: 1, maxLength: 6 }),
  localOutcomeId: localId,
  title: text,
  unit: text,
  goal: fc.record({
    baseline: fc.record({ value: fc.integer({ min: -100, max: 100 }), date }),
    target: fc.record({ value: fc.integer({ min: -100, max: 100 }), date }),
    direction: fc.constantFrom('increase', 'decrease', 'maintain'),
  }),
  values: values.map((list) => list.map((v) => ({ ...v, observationId: `obs-${v.period}` }))),
});

const party = fc.record({
  partnerId,
  money: fc.record({
    minorUnits: fc.integer({ min: 0, max: 10_000_000 }),
    currency: fc.constantFrom('GBP', 'EUR'),
  }),
  staffFte: hundredths(500),
  effortPercent: hundredths(10_000),
});

const commitment = fc.record({
  commitmentId: fc.string({ minLength: 1, maxLength: 6 }),
  localOutcomeId: localId,
  action: text,
  status: fc.constantFrom('proposed', 'accepted', 'rejected', 'delivered', 'withdrawn', 'lapsed'),
  leadPartnerId: partnerId,
  dueDate: date,
  latestProgress: fc.constantFrom(null, 'on_track', 'at_risk', 'off_track'),
  parties: fc.uniqueArray(party, { selector: (p) => p.partnerId, minLength: 1, maxLength: 3 }),
});

const decision = fc.record({
  meetingId: fc.constantFrom('board-a', 'board-b'),
  decisionId: fc.string({ minLength: 1, maxLength: 6 }),
  decidedOn: date,
  kind: text,
  carried: fc.boolean(),
  vote: fc.option(fc.record({ for: fc.nat(9), against: fc.nat(9), abstain: fc.nat(9) }), {
    nil: null,
  }),
  rationale: text,
  subjects: fc.uniqueArray(
    fc.record({ kind: fc.constantFrom('commitment', 'agreement'), id: text }),
    { selector: (s) => JSON.stringify([s.kind, s.id]), maxLength: 3 },
  ),
});

const activity = fc.record({
  activityId: fc.string({ minLength: 1, maxLength: 6 }),
  heldFrom: date,
  heldTo: date,
  method: text,
  peopleReached: fc.option(fc.nat(1000), { nil: null }),
  summary: text,
  participants: fc.array(text, { maxLength: 3 }),
  influences: fc.nat(5),
  feedback: fc.nat(5),
});

/** Facts of any shape the gathering can give: ids unique where the record keeps them so. */
export const anyAnnualReportFacts: fc.Arbitrary<AnnualReportInputs> = fc.record({
  year: fc.integer({ min: 2005, max: 2014 }),
  asKnownAt: date,
  agreement: fc.record({
    agreementId: text,
    title: text,
    status: fc.constantFrom('draft', 'agreed', 'closed'),
    periodStart: date,
    periodEnd: date,
    partnershipId: text,
    partnershipName: text,
  }),
  nationalOutcomes: fc.uniqueArray(
    fc.record({ outcomeId: nationalId, number: fc.nat(20), title: text }),
    { selector: (o) => o.outcomeId },
  ),
  localOutcomes: fc.uniqueArray(
    fc.record({ localOutcomeId: localId, nationalOutcomeId: nationalId, title: text }),
    { selector: (o) => o.localOutcomeId },
  ),
  indicators: fc.uniqueArray(indicator, { selector: (i) => i.indicatorId, maxLength: 4 }),
  partners: fc.uniqueArray(fc.record({ partnerId, organisation: text }), {
    selector: (p) => p.partnerId,
  }),
  commitments: fc.uniqueArray(commitment, { selector: (c) => c.commitmentId, maxLength: 4 }),
  decisions: fc.uniqueArray(decision, { selector: (d) => d.decisionId, maxLength: 4 }),
  activities: fc.uniqueArray(activity, { selector: (a) => a.activityId, maxLength: 4 }),
});

type Shuffle = <T>(items: readonly T[]) => T[];

/** The same facts with every list, and every list inside them, in another order. */
export function reordered(facts: AnnualReportInputs, shuffle: Shuffle): AnnualReportInputs {
  return {
    ...facts,
    nationalOutcomes: shuffle(facts.nationalOutcomes),
    localOutcomes: shuffle(facts.localOutcomes),
    indicators: shuffle(facts.indicators).map((i) => ({ ...i, values: shuffle(i.values) })),
    partners: shuffle(facts.partners),
    commitments: shuffle(facts.commitments).map((c) => ({ ...c, parties: shuffle(c.parties) })),
    decisions: shuffle(facts.decisions).map((d) => ({ ...d, subjects: shuffle(d.subjects) })),
    activities: shuffle(facts.activities).map((a) => ({
      ...a,
      participants: shuffle(a.participants),
    })),
  };
}
