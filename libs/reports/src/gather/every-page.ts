import type { PageOf, PageRequest } from '@concordat/read-models';

/** The read models' lists page by page; a report wants every item. */
const PAGE_SIZE = 100;

export async function everyPage<T>(list: (page: PageRequest) => Promise<PageOf<T>>): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: PageOf<T> = await list({ first: PAGE_SIZE, after });
    items.push(...page.items);
    if (!page.hasNextPage) return items;
    after = page.endCursor;
  }
}
