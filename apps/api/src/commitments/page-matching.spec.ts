import type { PageOf } from '@concordat/read-models';
import { pageMatching } from './page-matching';

/** The numbers 1..count, served in pages of `size` after a cursor that is the number itself. */
function numbers(count: number, size: number) {
  const calls: (string | null)[] = [];
  const fetchPage = (after: string | null): Promise<PageOf<number>> => {
    calls.push(after);
    const from = after === null ? 1 : Number(after) + 1;
    const rows = Array.from({ length: Math.max(0, count - from + 1) }, (_, i) => from + i);
    const items = rows.slice(0, size);
    return Promise.resolve({
      items,
      hasNextPage: rows.length > size,
      endCursor: items.length > 0 ? String(items.at(-1)) : null,
    });
  };
  return { fetchPage, calls };
}

const even = (n: number) => n % 2 === 0;

describe('pageMatching', () => {
  it('fills a page from several read-model pages and knows there is more', async () => {
    const { fetchPage, calls } = numbers(100, 3);
    const page = await pageMatching(fetchPage, even, { first: 4 }, String);
    expect(page).toEqual({ items: [2, 4, 6, 8], hasNextPage: true, endCursor: '8' });
    expect(calls).toEqual([null, '3', '6', '9']);
  });

  it('pages through every match exactly once, to the end', async () => {
    const { fetchPage } = numbers(23, 5);
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page: PageOf<number> = await pageMatching(fetchPage, even, { first: 3, after }, String);
      seen.push(...page.items);
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
  });

  it('says there is no next page when the matches end exactly at the page size', async () => {
    const { fetchPage } = numbers(8, 100);
    expect(await pageMatching(fetchPage, even, { first: 4 }, String)).toEqual({
      items: [2, 4, 6, 8],
      hasNextPage: false,
      endCursor: '8',
    });
  });

  it('answers with a short page that resumes after the last item scanned when the budget runs out', async () => {
    const { fetchPage, calls } = numbers(1000, 10);
    const rare = (n: number) => n === 5 || n === 500;
    const first = await pageMatching(fetchPage, rare, { first: 2 }, String, 3);
    expect(first).toEqual({ items: [5], hasNextPage: true, endCursor: '30' });
    expect(calls).toHaveLength(3);
    const next = await pageMatching(fetchPage, rare, { first: 2, after: '30' }, String, 100);
    expect(next).toEqual({ items: [500], hasNextPage: false, endCursor: '500' });
  });

  it('answers an empty page when nothing matches', async () => {
    const { fetchPage } = numbers(7, 3);
    expect(await pageMatching(fetchPage, () => false, { first: 2 }, String)).toEqual({
      items: [],
      hasNextPage: false,
      endCursor: null,
    });
  });
});
