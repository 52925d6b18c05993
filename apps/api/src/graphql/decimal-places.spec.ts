import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import fc from 'fast-check';
import { CommitmentPartyInput } from '../commitments/commitment.inputs';
import { hasAtMostDecimalPlaces } from './decimal-places';

describe('hasAtMostDecimalPlaces', () => {
  it('accepts every amount written with at most two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (hundredths) => {
        expect(hasAtMostDecimalPlaces(hundredths / 100, 2)).toBe(true);
      }),
    );
  });

  it('refuses more decimals, also in exponent form, and what is not a finite number', () => {
    for (const value of [0.1 + 0.2, 100.001, 1 / 3, 1e-7, 5e-324, NaN, Infinity, '1.5']) {
      expect(hasAtMostDecimalPlaces(value, 2)).toBe(false);
    }
    expect(hasAtMostDecimalPlaces(1e21, 2)).toBe(true);
  });

  it('answers for any double without throwing', () => {
    fc.assert(
      fc.property(fc.double(), (value) => typeof hasAtMostDecimalPlaces(value, 2) === 'boolean'),
    );
  });
});

describe('a commitment party’s shares', () => {
  const party = (effortPercent: number) =>
    plainToInstance(CommitmentPartyInput, {
      partnerId: 'council',
      money: { minorUnits: 0, currency: 'GBP' },
      staffFte: 0,
      effortPercent,
    });

  it('refuses a share in exponent form (1e-7) as invalid, where it used to throw', async () => {
    const errors = await validate(party(1e-7));

    expect(errors.map((error) => error.property)).toEqual(['effortPercent']);
    expect(await validate(party(33.33))).toEqual([]);
  });
});
