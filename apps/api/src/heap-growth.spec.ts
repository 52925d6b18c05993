import { setFlagsFromString } from 'node:v8';
import { limitHeapGrowth } from './heap-growth';

jest.mock('node:v8', () => ({ setFlagsFromString: jest.fn() }));

describe('limitHeapGrowth', () => {
  beforeEach(() => jest.mocked(setFlagsFromString).mockClear());

  it("sets V8's heap growing factor to the percent asked for", () => {
    limitHeapGrowth(75);
    expect(setFlagsFromString).toHaveBeenCalledWith('--heap-growing-percent=75');
  });

  it("leaves V8's own heuristics alone at 0", () => {
    limitHeapGrowth(0);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});
