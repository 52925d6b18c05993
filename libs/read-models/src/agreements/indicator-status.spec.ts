import fc from 'fast-check';
import {
  expectedProgressOn,
  indicatorStatus,
  ragStatus,
  trendOf,
  type IndicatorGoal,
  type PeriodValue,
  type Rag,
} from './indicator-status';

/** The Orkney agreement's successful quits: 118 a year at March 2008, 200 by March 2011. */
const quits: IndicatorGoal = {
  baseline: { value: 118, date: '2008-03-31' },
  target: { value: 200, date: '2011-03-31' },
  direction: 'increase',
};

const dwellingFires: IndicatorGoal = {
  baseline: { value: 11.6, date: '2008-03-31' },
  target: { value: 9.5, date: '2011-03-31' },
  direction: 'decrease',
};

const holdAt: IndicatorGoal = {
  baseline: { value: 50, date: '2008-03-31' },
  target: { value: 50, date: '2011-03-31' },
  direction: 'maintain',
};

function year(period: string, value: number, observationId = `obs-${period}`): PeriodValue {
  const start = Number(period.slice(0, 4));
  return {
    observationId,
    period,
    periodStart: `${start}-04-01`,
    periodEnd: `${start + 1}-03-31`,
    value,
    publishedOn: `${start + 1}-06-01`,
  };
}

const RANK: Record<Rag, number> = { red: 0, amber: 1, green: 2 };

describe('RAG status', () => {
  it('is GREEN on or beyond the straight line from baseline to target, AMBER behind it', () => {
    // Two of three years gone at March 2010: the line asks for 118 + 2/3 * 82 = 172.7.
    expect(ragStatus(quits, { value: 168, periodEnd: '2010-03-31' })).toEqual({
      rag: 'amber',
      progress: 50 / 82,
      expectedProgress: 730 / 1095,
    });
    expect(ragStatus(quits, { value: 181, periodEnd: '2010-03-31' }).rag).toBe('green');
    expect(ragStatus(quits, { value: 196, periodEnd: '2011-03-31' }).rag).toBe('amber');
  });

  it('is GREEN once the target is met, whenever that is', () => {
    expect(ragStatus(quits, { value: 200, periodEnd: '2009-03-31' }).rag).toBe('green');
    expect(ragStatus(dwellingFires, { value: 9.2, periodEnd: '2011-03-31' }).rag).toBe('green');
  });

  it('is RED when no better than the baseline, in the direction of improvement', () => {
    expect(ragStatus(quits, { value: 118, periodEnd: '2009-03-31' }).rag).toBe('red');
    expect(ragStatus(dwellingFires, { value: 12, periodEnd: '2009-03-31' }).rag).toBe('red');
  });

  it('holds a maintain indicator GREEN within 2% of its level, AMBER within 5%, RED beyond', () => {
    const at = (value: number) => ragStatus(holdAt, { value, periodEnd: '2010-03-31' });
    expect(at(51)).toEqual({ rag: 'green', progress: null, expectedProgress: null });
    expect(at(48.5).rag).toBe('amber');
    expect(at(52.5).rag).toBe('amber');
    expect(at(47).rag).toBe('red');
  });

  it('expects nothing before the baseline date and everything after the target date', () => {
    expect(expectedProgressOn(quits, '2007-03-31')).toBe(0);
    expect(expectedProgressOn(quits, '2012-03-31')).toBe(1);
    const sameDay = { ...quits, target: { value: 200, date: '2008-03-31' } };
    expect(expectedProgressOn(sameDay, '2008-01-01')).toBe(1);
  });
});

describe('trend', () => {
  it('compares the latest two periods in the direction of improvement', () => {
    expect(trendOf(quits, 196, 181)).toBe('improving');
    expect(trendOf(quits, 181, 196)).toBe('worsening');
    expect(trendOf(dwellingFires, 9.2, 9.8)).toBe('improving');
    expect(trendOf(dwellingFires, 9.8, 9.2)).toBe('worsening');
    expect(trendOf(quits, 181, 181)).toBe('steady');
  });

  it('is steady for maintain within 2%, else by which is nearer the level', () => {
    expect(trendOf(holdAt, 50.9, 50)).toBe('steady');
    expect(trendOf(holdAt, 50, 53)).toBe('improving');
    expect(trendOf(holdAt, 46, 49)).toBe('worsening');
    expect(trendOf(holdAt, 47, 53)).toBe('steady');
  });
});

describe('indicator status', () => {
  it('takes the latest period by its end date, and the one before it for the trend', () => {
    const status = indicatorStatus(quits, [
      year('2010-11', 196),
      year('2008-09', 142),
      year('2009-10', 181),
    ]);
    expect(status).toMatchObject({
      latest: { period: '2010-11', value: 196 },
      previous: { period: '2009-10', value: 181 },
      rag: 'amber',
      trend: 'improving',
    });
  });

  it('has no status before the first value, and no trend before the second', () => {
    expect(indicatorStatus(quits, [])).toBeNull();
    expect(indicatorStatus(quits, [year('2008-09', 142)])).toMatchObject({
      rag: 'amber', // 24 of 82 more quits, a third of the way through: just behind the line
      trend: null,
      previous: null,
    });
  });
});

const day = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const directed = fc.record({
  baseline: fc.record({ value, date: day }),
  target: fc.record({ value, date: day }),
  direction: fc.constantFrom('increase' as const, 'decrease' as const),
});
const goal = fc.record({
  baseline: fc.record({ value, date: day }),
  target: fc.record({ value, date: day }),
  direction: fc.constantFrom('increase' as const, 'decrease' as const, 'maintain' as const),
});

function mirrored(g: IndicatorGoal): IndicatorGoal {
  return {
    baseline: { ...g.baseline, value: -g.baseline.value },
    target: { ...g.target, value: -g.target.value },
    direction: g.direction === 'increase' ? 'decrease' : 'increase',
  };
}

describe('RAG and trend, for any values', () => {
  it('are unchanged when the scale is turned over with the direction', () => {
    fc.assert(
      fc.property(directed, value, value, day, (g, latest, previous, periodEnd) => {
        const flipped = mirrored(g);
        expect(ragStatus(flipped, { value: -latest, periodEnd }).rag).toBe(
          ragStatus(g, { value: latest, periodEnd }).rag,
        );
        expect(trendOf(flipped, -latest, -previous)).toBe(trendOf(g, latest, previous));
      }),
    );
  });

  it('never rate a better value worse', () => {
    fc.assert(
      fc.property(directed, value, value, day, (g, a, b, periodEnd) => {
        const s = g.direction === 'increase' ? 1 : -1;
        const [worse, better] = s * a <= s * b ? [a, b] : [b, a];
        expect(RANK[ragStatus(g, { value: better, periodEnd }).rag]).toBeGreaterThanOrEqual(
          RANK[ragStatus(g, { value: worse, periodEnd }).rag],
        );
      }),
    );
  });

  it('are GREEN when the target is met and RED when no better than baseline otherwise', () => {
    fc.assert(
      fc.property(directed, value, day, (g, latest, periodEnd) => {
        const s = g.direction === 'increase' ? 1 : -1;
        const { rag } = ragStatus(g, { value: latest, periodEnd });
        if (s * (latest - g.target.value) >= 0) expect(rag).toBe('green');
        else if (s * (latest - g.baseline.value) <= 0) expect(rag).toBe('red');
        else expect(rag).not.toBe('red');
      }),
    );
  });

  it('expect progress between nothing and everything', () => {
    fc.assert(
      fc.property(goal, day, (g, date) => {
        const expected = expectedProgressOn(g, date);
        expect(expected).toBeGreaterThanOrEqual(0);
        expect(expected).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('say the trend one way is the opposite of the trend the other way', () => {
    const opposite = { improving: 'worsening', worsening: 'improving', steady: 'steady' };
    fc.assert(
      fc.property(directed, value, value, (g, a, b) => {
        expect(trendOf(g, b, a)).toBe(opposite[trendOf(g, a, b)]);
      }),
    );
  });

  it('do not depend on the order the periods come in', () => {
    const periods = fc
      .uniqueArray(fc.integer({ min: 2000, max: 2030 }), { minLength: 1, maxLength: 6 })
      .chain((years) =>
        fc.tuple(
          fc.constant(years),
          fc.array(value, { minLength: years.length, maxLength: years.length }),
        ),
      )
      .map(([years, values]) =>
        years.map((start, index) => year(`${start}-${(start + 1) % 100}`, values[index] ?? 0)),
      );
    const shuffled = periods.chain((values) =>
      fc.tuple(
        fc.constant(values),
        fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length }),
      ),
    );
    fc.assert(
      fc.property(goal, shuffled, (g, [values, reordered]) => {
        expect(indicatorStatus(g, reordered)).toEqual(indicatorStatus(g, values));
      }),
    );
  });
});
