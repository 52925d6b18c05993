import type { PageOf } from '@concordat/read-models';

/** The most read-model pages one request scans for matches before it answers with what it has. */
export const MAX_SCANS = 10;

/**
 * One page of the items that match a condition the read model cannot filter on, cut from its
 * pages in their order: reads on until `first` items match (and one more, to know whether there
 * is another page), the list ends, or `maxScans` pages were read. In the last case the page may
 * be short; it says there is more, and its endCursor resumes after the last item looked at, so
 * paging never skips or repeats a match.
 */
export async function pageMatching<T>(
  fetchPage: (after: string | null) => Promise<PageOf<T>>,
  matches: (item: T) => boolean,
  request: { readonly first: number; readonly after?: string | null },
  cursorOf: (item: T) => string,
  maxScans = MAX_SCANS,
): Promise<PageOf<T>> {
  const { first } = request;
  const found: T[] = [];
  let after = request.after ?? null;
  let more = true;
  for (let scans = 0; scans < maxScans && more && found.length <= first; scans += 1) {
    const page = await fetchPage(after);
    for (const item of page.items) {
      if (matches(item)) found.push(item);
      if (found.length > first) break;
    }
    more = page.hasNextPage;
    after = page.endCursor;
  }
  const items = found.slice(0, first);
  const last = items.at(-1);
  if (found.length > first || !more) {
    return {
      items,
      hasNextPage: found.length > first,
      endCursor: last === undefined ? null : cursorOf(last),
    };
  }
  return { items, hasNextPage: true, endCursor: after };
}
